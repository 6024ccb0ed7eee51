using System.Globalization;

namespace CollectiveAlignment.Sortition;

/// <summary>
/// Reads and writes categories files in the Sortition Foundation's format: header <c>feature,value,min,max</c> (or the
/// older <c>category,name,min,max</c>), optional <c>min_flex,max_flex</c>, and our optional <c>population_share</c>
/// (which their tool ignores). One row per value; rows of a feature need not be adjacent.
/// </summary>
public static class CategoriesCsv
{
    /// <summary>Reads categories.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>Categories in order of first appearance, values in file order.</returns>
    /// <exception cref="SortitionCsvException">The file is malformed; the message names the line and the problem.</exception>
    public static IReadOnlyList<Category> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var records = Csv.Read(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new SortitionCsvException(0, "the categories file is empty");
        }

        var (headerLine, header) = records.Current;
        var columns = header.Select(h => h.ToLowerInvariant()).ToList();
        var feature = Column(columns, headerLine, "feature", "category");
        var value = Column(columns, headerLine, "value", "name");
        var min = Column(columns, headerLine, "min", null);
        var max = Column(columns, headerLine, "max", null);
        var minFlex = columns.IndexOf("min_flex");
        var maxFlex = columns.IndexOf("max_flex");
        var share = columns.IndexOf("population_share");

        var order = new List<string>();
        var values = new Dictionary<string, List<CategoryValue>>(StringComparer.Ordinal);
        while (records.MoveNext())
        {
            var (line, fields) = records.Current;
            if (fields.Count < columns.Count)
            {
                throw new SortitionCsvException(line, FormattableString.Invariant($"expected {columns.Count} fields, found {fields.Count}"));
            }

            var featureName = fields[feature];
            var valueName = fields[value];
            if (featureName.Length == 0 || valueName.Length == 0)
            {
                throw new SortitionCsvException(line, "the feature and the value must not be empty");
            }

            var lo = Integer(fields[min], line, "min");
            var hi = Integer(fields[max], line, "max");
            if (lo < 0 || hi < lo)
            {
                throw new SortitionCsvException(line, FormattableString.Invariant($"'{featureName}' = '{valueName}' needs 0 <= min <= max (min {lo}, max {hi})"));
            }

            int? loFlex = minFlex >= 0 && fields[minFlex].Length > 0 ? Integer(fields[minFlex], line, "min_flex") : null;
            int? hiFlex = maxFlex >= 0 && fields[maxFlex].Length > 0 ? Integer(fields[maxFlex], line, "max_flex") : null;
            if (loFlex > lo || hiFlex < hi)
            {
                throw new SortitionCsvException(line, FormattableString.Invariant($"'{featureName}' = '{valueName}' needs min_flex <= min and max_flex >= max"));
            }

            double? populationShare = null;
            if (share >= 0 && fields[share].Length > 0)
            {
                // Written as a negated range so that NaN, which fails every comparison, is refused too.
                if (!double.TryParse(fields[share], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) || !(s >= 0 && s <= 1))
                {
                    throw new SortitionCsvException(line, $"population_share '{fields[share]}' is not a number in [0, 1]");
                }

                populationShare = s;
            }

            if (!values.TryGetValue(featureName, out var list))
            {
                list = [];
                values.Add(featureName, list);
                order.Add(featureName);
            }

            if (list.Exists(v => v.Name == valueName))
            {
                throw new SortitionCsvException(line, $"value '{valueName}' of feature '{featureName}' is defined twice");
            }

            list.Add(new CategoryValue(valueName, lo, hi, loFlex, hiFlex, populationShare));
        }

        if (order.Count == 0)
        {
            throw new SortitionCsvException(headerLine, "the categories file has a header but no rows");
        }

        return order.Select(f => new Category(f, values[f])).ToList();
    }

    /// <summary>Writes categories with the current header (<c>feature,value,min,max</c>, then the optional columns in use).</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="categories">The categories.</param>
    public static void Write(TextWriter writer, IReadOnlyList<Category> categories)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(categories);
        var all = categories.SelectMany(c => c.Values).ToList();
        var flex = all.Exists(v => v.MinFlex is not null || v.MaxFlex is not null);
        var shares = all.Exists(v => v.PopulationShare is not null);
        var header = new List<string> { "feature", "value", "min", "max" };
        if (flex)
        {
            header.AddRange(["min_flex", "max_flex"]);
        }

        if (shares)
        {
            header.Add("population_share");
        }

        Csv.WriteRecord(writer, header);
        foreach (var category in categories)
        {
            foreach (var v in category.Values)
            {
                var row = new List<string> { category.Name, v.Name, Invariant(v.Min), Invariant(v.Max) };
                if (flex)
                {
                    row.Add(v.MinFlex is int a ? Invariant(a) : string.Empty);
                    row.Add(v.MaxFlex is int b ? Invariant(b) : string.Empty);
                }

                if (shares)
                {
                    row.Add(v.PopulationShare is double s ? s.ToString("R", CultureInfo.InvariantCulture) : string.Empty);
                }

                Csv.WriteRecord(writer, row);
            }
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int Column(List<string> columns, int line, string name, string? oldName)
    {
        var index = columns.IndexOf(name);
        if (index < 0 && oldName is not null)
        {
            index = columns.IndexOf(oldName);
        }

        return index >= 0
            ? index
            : throw new SortitionCsvException(line, $"the header has no '{name}' column{(oldName is null ? string.Empty : $" (or '{oldName}')")}; expected feature,value,min,max or category,name,min,max");
    }

    private static int Integer(string text, int line, string column) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new SortitionCsvException(line, $"{column} '{text}' is not an integer");
}
