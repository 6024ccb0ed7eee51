using CollectiveAlignment.Aggregation.Registry;
using CollectiveAlignment.Methods.Proportional.Catalog;

namespace CollectiveAlignment.Methods.Proportional.Tests.Catalog;

/// <summary>The registry over the proportional catalog, built once; the contract theories enumerate it.</summary>
public static class ProportionalCatalogFixture
{
    public static MethodRegistry Registry { get; } = MethodRegistry.Build([typeof(PavMethod).Assembly]);

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
