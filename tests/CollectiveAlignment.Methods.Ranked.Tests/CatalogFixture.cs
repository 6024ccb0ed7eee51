using CollectiveAlignment.Aggregation.Registry;

namespace CollectiveAlignment.Methods.Ranked.Tests;

/// <summary>The registry over the ranked catalog, built once; the contract theories enumerate it.</summary>
public static class CatalogFixture
{
    public static MethodRegistry Registry { get; } = MethodRegistry.Build([typeof(Schulze).Assembly]);

    public static TheoryData<string> MethodIds()
    {
        var data = new TheoryData<string>();
        foreach (var m in Registry.Methods)
        {
            data.Add(m.Id);
        }

        return data;
    }
}
