using System.Numerics;
using System.Runtime.InteropServices;

namespace CollectiveAlignment.Sortition;

/// <summary>The one dense kernel of the managed simplex, vectorised: it carries every update of the explicit inverse.</summary>
internal static class DenseVector
{
    /// <summary><c>target += factor * source</c>, element by element.</summary>
    public static void AddScaled(Span<double> target, ReadOnlySpan<double> source, double factor)
    {
        var targetVectors = MemoryMarshal.Cast<double, Vector<double>>(target);
        var sourceVectors = MemoryMarshal.Cast<double, Vector<double>>(source);
        var f = new Vector<double>(factor);
        for (var v = 0; v < targetVectors.Length; v++)
        {
            targetVectors[v] += f * sourceVectors[v];
        }

        for (var k = targetVectors.Length * Vector<double>.Count; k < target.Length; k++)
        {
            target[k] += factor * source[k];
        }
    }
}
