namespace CollectiveAlignment.Sortition;

/// <summary>
/// A panel selection instance: the pool, the categories with their quotas, the panel size and the optional
/// one-per-household rule. Construction validates the input and precomputes integer value codes so that
/// every algorithm works on arrays rather than strings.
/// </summary>
public sealed class SelectionProblem
{
    private readonly int[] _valueOf;

    private SelectionProblem(IReadOnlyList<Category> categories, IReadOnlyList<Person> people, int panelSize, bool onePerHousehold, int[] valueOf, int[] valueOffset, int[] householdOf)
    {
        Categories = categories;
        People = people;
        PanelSize = panelSize;
        OnePerHousehold = onePerHousehold;
        _valueOf = valueOf;
        ValueOffset = valueOffset;
        HouseholdOf = householdOf;
        ValueCount = valueOffset[^1];
        ValueMin = new int[ValueCount];
        ValueMax = new int[ValueCount];
        CategoryOfValue = new int[ValueCount];
        for (var c = 0; c < categories.Count; c++)
        {
            for (var j = 0; j < categories[c].Values.Count; j++)
            {
                var v = valueOffset[c] + j;
                ValueMin[v] = categories[c].Values[j].Min;
                ValueMax[v] = categories[c].Values[j].Max;
                CategoryOfValue[v] = c;
            }
        }
    }

    /// <summary>The categories with their values and quotas.</summary>
    public IReadOnlyList<Category> Categories { get; }

    /// <summary>The pool.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>Number of panel members to select.</summary>
    public int PanelSize { get; }

    /// <summary>Whether at most one person per <see cref="Person.Household"/> may be selected.</summary>
    public bool OnePerHousehold { get; }

    /// <summary>Total number of (category, value) pairs; global value codes run from 0 to this minus one.</summary>
    internal int ValueCount { get; }

    /// <summary>Global code of the first value of each category, plus a final entry equal to <see cref="ValueCount"/>.</summary>
    internal int[] ValueOffset { get; }

    /// <summary>Quota minimum per global value code.</summary>
    internal int[] ValueMin { get; }

    /// <summary>Quota maximum per global value code.</summary>
    internal int[] ValueMax { get; }

    /// <summary>Category index per global value code.</summary>
    internal int[] CategoryOfValue { get; }

    /// <summary>Household index per person (dense, 0-based; a person without household gets a household of their own).</summary>
    internal int[] HouseholdOf { get; }

    /// <summary>Global value code of person <paramref name="person"/> in category <paramref name="category"/>.</summary>
    internal int ValueOf(int person, int category) => _valueOf[(person * Categories.Count) + category];

    /// <summary>Validates and builds a problem.</summary>
    /// <param name="categories">Categories with quotas; names and value names must be unique.</param>
    /// <param name="people">The pool; ids unique, one known value per category.</param>
    /// <param name="panelSize">Panel size, at least 1.</param>
    /// <param name="onePerHousehold">Select at most one person per household.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentException">The input is malformed (the message names the person or value). Infeasible quotas are not an error: the algorithms report them.</exception>
    public static SelectionProblem Create(IReadOnlyList<Category> categories, IReadOnlyList<Person> people, int panelSize, bool onePerHousehold = false)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(people);
        if (panelSize < 1)
        {
            throw new ArgumentException("The panel size must be at least 1.", nameof(panelSize));
        }

        if (categories.Count == 0)
        {
            throw new ArgumentException("At least one category is required.", nameof(categories));
        }

        var offsets = new int[categories.Count + 1];
        var names = new HashSet<string>(StringComparer.Ordinal);
        var lookups = new Dictionary<string, int>[categories.Count];
        for (var c = 0; c < categories.Count; c++)
        {
            var category = categories[c];
            if (!names.Add(category.Name))
            {
                throw new ArgumentException($"Category '{category.Name}' is defined twice.", nameof(categories));
            }

            if (category.Values.Count == 0)
            {
                throw new ArgumentException($"Category '{category.Name}' has no values.", nameof(categories));
            }

            lookups[c] = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var j = 0; j < category.Values.Count; j++)
            {
                var value = category.Values[j];
                if (!lookups[c].TryAdd(value.Name, j))
                {
                    throw new ArgumentException($"Value '{value.Name}' of category '{category.Name}' is defined twice.", nameof(categories));
                }

                if (value.Min < 0 || value.Max < value.Min)
                {
                    throw new ArgumentException($"Value '{value.Name}' of category '{category.Name}' needs 0 <= min <= max (min {value.Min}, max {value.Max}).", nameof(categories));
                }
            }

            offsets[c + 1] = offsets[c] + category.Values.Count;
        }

        var valueOf = new int[people.Count * categories.Count];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var households = new Dictionary<string, int>(StringComparer.Ordinal);
        var householdOf = new int[people.Count];
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            if (!ids.Add(person.Id))
            {
                throw new ArgumentException($"Person id '{person.Id}' occurs twice.", nameof(people));
            }

            if (person.Features.Count != categories.Count)
            {
                throw new ArgumentException($"Person '{person.Id}' has {person.Features.Count} feature values; {categories.Count} categories are defined.", nameof(people));
            }

            for (var c = 0; c < categories.Count; c++)
            {
                if (!lookups[c].TryGetValue(person.Features[c], out var j))
                {
                    throw new ArgumentException($"Person '{person.Id}' has value '{person.Features[c]}' for category '{categories[c].Name}', which is not among its values.", nameof(people));
                }

                valueOf[(i * categories.Count) + c] = offsets[c] + j;
            }

            if (person.Household is null)
            {
                householdOf[i] = households.Count;
                households.Add("\0" + person.Id, households.Count);
            }
            else if (households.TryGetValue(person.Household, out var h))
            {
                householdOf[i] = h;
            }
            else
            {
                householdOf[i] = households.Count;
                households.Add(person.Household, households.Count);
            }
        }

        return new SelectionProblem(categories, people, panelSize, onePerHousehold, valueOf, offsets, householdOf);
    }

    /// <summary>Checks a panel (indices into <see cref="People"/>) against every quota, the size and the household rule.</summary>
    /// <param name="panel">Person indices.</param>
    /// <returns>One row per (category, value).</returns>
    public IReadOnlyList<QuotaCheck> CheckQuotas(IReadOnlyCollection<int> panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var counts = new int[ValueCount];
        foreach (var i in panel)
        {
            for (var c = 0; c < Categories.Count; c++)
            {
                counts[ValueOf(i, c)]++;
            }
        }

        var rows = new List<QuotaCheck>(ValueCount);
        for (var c = 0; c < Categories.Count; c++)
        {
            for (var j = 0; j < Categories[c].Values.Count; j++)
            {
                var v = ValueOffset[c] + j;
                rows.Add(new QuotaCheck(Categories[c].Name, Categories[c].Values[j].Name, ValueMin[v], ValueMax[v], counts[v]));
            }
        }

        return rows;
    }

    /// <summary>Whether a panel has exactly <see cref="PanelSize"/> distinct members, meets every quota and, if required, the household rule.</summary>
    /// <param name="panel">Person indices.</param>
    /// <returns><see langword="true"/> if the panel is feasible.</returns>
    public bool IsFeasiblePanel(IReadOnlyCollection<int> panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        if (panel.Count != PanelSize || panel.Distinct().Count() != panel.Count)
        {
            return false;
        }

        if (OnePerHousehold && panel.Select(i => HouseholdOf[i]).Distinct().Count() != panel.Count)
        {
            return false;
        }

        return CheckQuotas(panel).All(q => q.Met);
    }
}
