using CollectiveAlignment.Randomness;

namespace CollectiveAlignment.Sortition;

/// <summary>
/// A lottery over feasible panels, published so that anyone can re-draw: first a panel class is drawn by its weight,
/// then within each type the required number of people is drawn uniformly (so every member of a type has the same
/// selection probability, <c>E[c_t] / n_t</c>).
/// </summary>
public sealed class PanelDistribution
{
    /// <summary>Creates a distribution; weights are normalised to sum to 1.</summary>
    /// <param name="types">Person ids of each type, in pool order.</param>
    /// <param name="panels">Panel classes with positive weights.</param>
    public PanelDistribution(IReadOnlyList<IReadOnlyList<string>> types, IReadOnlyList<PanelClass> panels)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(panels);
        if (panels.Count == 0)
        {
            throw new ArgumentException("A distribution needs at least one panel.", nameof(panels));
        }

        var total = panels.Sum(p => p.Weight);
        Types = types;
        Panels = panels.Select(p => p with { Weight = p.Weight / total }).ToList();
    }

    /// <summary>Person ids of each type.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Types { get; }

    /// <summary>The panel classes and their weights (summing to 1).</summary>
    public IReadOnlyList<PanelClass> Panels { get; }

    /// <summary>Each person's selection probability under this lottery.</summary>
    /// <returns>Person id → probability.</returns>
    public IReadOnlyDictionary<string, double> Probabilities()
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var t = 0; t < Types.Count; t++)
        {
            var expected = Panels.Sum(p => p.Weight * p.Counts[t]);
            var probability = Math.Clamp(expected / Types[t].Count, 0, 1);
            foreach (var id in Types[t])
            {
                result[id] = probability;
            }
        }

        return result;
    }

    /// <summary>
    /// Draws one panel with the public seed: <c>u = NextDouble()</c> of <see cref="SeededRandom.ForPublicDraw"/>, the first panel class
    /// (in <see cref="Panels"/> order) whose cumulative weight exceeds <c>u</c> (the last one if rounding leaves none), then
    /// for each type in order with <c>c_t &gt; 0</c>, <see cref="SeededRandom.Choose{T}"/> of <c>c_t</c> of its ids.
    /// </summary>
    /// <param name="seed">The public seed.</param>
    /// <returns>The drawn panel class index and the selected ids (in type order, then draw order).</returns>
    public (int PanelIndex, IReadOnlyList<string> Panel) Draw(string seed)
    {
        var random = SeededRandom.ForPublicDraw(seed);
        var u = random.NextDouble();
        var index = Panels.Count - 1;
        var cumulative = 0.0;
        for (var i = 0; i < Panels.Count; i++)
        {
            cumulative += Panels[i].Weight;
            if (u < cumulative)
            {
                index = i;
                break;
            }
        }

        var panel = new List<string>();
        var counts = Panels[index].Counts;
        for (var t = 0; t < Types.Count; t++)
        {
            if (counts[t] > 0)
            {
                panel.AddRange(random.Choose(Types[t], counts[t]));
            }
        }

        return (index, panel);
    }
}
