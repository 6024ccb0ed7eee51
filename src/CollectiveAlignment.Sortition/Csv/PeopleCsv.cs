namespace CollectiveAlignment.Sortition;

/// <summary>
/// Reads and writes people files in the Sortition Foundation's format: an id column, then one column per category
/// (header = category name, cells = value names from the categories file). Other columns are ignored.
/// </summary>
public static class PeopleCsv
{
    /// <summary>Reads the pool.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="categories">The categories (from <see cref="CategoriesCsv.Read"/>).</param>
    /// <param name="idColumn">Name of the id column; <see langword="null"/> takes the first column.</param>
    /// <param name="householdColumns">Columns whose values together form the household/address key (e.g. <c>address1, postcode</c>); empty for none.</param>
    /// <returns>People with features in category order.</returns>
    /// <exception cref="SortitionCsvException">The file is malformed; the message names the line and the problem.</exception>
    public static IReadOnlyList<Person> Read(TextReader reader, IReadOnlyList<Category> categories, string? idColumn = null, IReadOnlyList<string>? householdColumns = null) =>
        ReadRows(reader, categories, idColumn, householdColumns).Select(r => r.Person).ToList();

    /// <summary>
    /// Reads the pool like <see cref="Read"/>, and keeps each person's line and the cells of optional extra columns
    /// (such as the <c>email</c> column the Sortition Foundation's tool carries along), matched case-insensitively.
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="categories">The categories (from <see cref="CategoriesCsv.Read"/>).</param>
    /// <param name="idColumn">Name of the id column; <see langword="null"/> takes the first column.</param>
    /// <param name="householdColumns">Columns whose values together form the household/address key; empty for none.</param>
    /// <param name="extraColumns">Optional columns to keep; a column the header lacks is simply absent from every row.</param>
    /// <returns>The people in file order, each with its line and the extra cells found.</returns>
    /// <exception cref="SortitionCsvException">The file is malformed; the message names the line and the problem.</exception>
    public static IReadOnlyList<PersonRow> ReadRows(TextReader reader, IReadOnlyList<Category> categories, string? idColumn = null, IReadOnlyList<string>? householdColumns = null, IReadOnlyList<string>? extraColumns = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(categories);
        using var records = Csv.Read(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new SortitionCsvException(0, "the people file is empty");
        }

        var (headerLine, header) = records.Current;
        var id = idColumn is null ? 0 : header.IndexOf(idColumn);
        if (id < 0)
        {
            throw new SortitionCsvException(headerLine, $"the header has no id column '{idColumn}'");
        }

        var categoryColumns = new int[categories.Count];
        for (var c = 0; c < categories.Count; c++)
        {
            categoryColumns[c] = header.IndexOf(categories[c].Name);
            if (categoryColumns[c] < 0)
            {
                throw new SortitionCsvException(headerLine, $"the header has no column for category '{categories[c].Name}'");
            }
        }

        var householdIndexes = (householdColumns ?? []).Select(h =>
        {
            var index = header.IndexOf(h);
            return index >= 0 ? index : throw new SortitionCsvException(headerLine, $"the header has no household column '{h}'");
        }).ToArray();

        var extraIndexes = (extraColumns ?? [])
            .Select(e => (Name: e, Index: header.FindIndex(h => string.Equals(h, e, StringComparison.OrdinalIgnoreCase))))
            .Where(e => e.Index >= 0)
            .ToArray();
        var lookups = categories.Select(c => c.Values.Select(v => v.Name).ToHashSet(StringComparer.Ordinal)).ToArray();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var people = new List<PersonRow>();
        while (records.MoveNext())
        {
            var (line, fields) = records.Current;
            if (fields.Count < header.Count)
            {
                throw new SortitionCsvException(line, FormattableString.Invariant($"expected {header.Count} fields, found {fields.Count}"));
            }

            var personId = fields[id];
            if (personId.Length == 0)
            {
                throw new SortitionCsvException(line, "the id is empty");
            }

            if (!seen.TryAdd(personId, line))
            {
                throw new SortitionCsvException(line, FormattableString.Invariant($"id '{personId}' already appears on line {seen[personId]}"));
            }

            var features = new string[categories.Count];
            for (var c = 0; c < categories.Count; c++)
            {
                features[c] = fields[categoryColumns[c]];
                if (!lookups[c].Contains(features[c]))
                {
                    throw new SortitionCsvException(line, $"'{personId}' has '{features[c]}' for '{categories[c].Name}', which is not a value of that feature in the categories file");
                }
            }

            string? household = null;
            if (householdIndexes.Length > 0)
            {
                var parts = householdIndexes.Select(h => fields[h].ToUpperInvariant()).ToArray();
                // An empty address never matches anyone: it would otherwise join everybody without an address.
                household = parts.All(p => p.Length == 0) ? null : string.Join('\u001f', parts);
            }

            var extra = extraIndexes.ToDictionary(e => e.Name, e => fields[e.Index], StringComparer.OrdinalIgnoreCase);
            people.Add(new PersonRow(new Person(personId, features, household), line, extra));
        }

        return people;
    }

    /// <summary>Writes people as <c>id,&lt;category&gt;...</c>.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="categories">The categories (column order).</param>
    /// <param name="people">The people.</param>
    /// <param name="idColumn">Header of the id column.</param>
    public static void Write(TextWriter writer, IReadOnlyList<Category> categories, IEnumerable<Person> people, string idColumn = "id") =>
        Write(writer, categories, people, [], _ => [], idColumn);

    /// <summary>Writes people as <c>id,&lt;category&gt;...,&lt;extra&gt;...</c>, the extra columns being those
    /// <see cref="ReadRows"/> can read back.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="categories">The categories (column order).</param>
    /// <param name="people">The people.</param>
    /// <param name="extraColumns">Headers of the columns after the categories.</param>
    /// <param name="extraValues">A person's cells for <paramref name="extraColumns"/>, in order.</param>
    /// <param name="idColumn">Header of the id column.</param>
    public static void Write(TextWriter writer, IReadOnlyList<Category> categories, IEnumerable<Person> people, IReadOnlyList<string> extraColumns, Func<Person, IReadOnlyList<string>> extraValues, string idColumn = "id")
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(extraColumns);
        ArgumentNullException.ThrowIfNull(extraValues);
        Csv.WriteRecord(writer, [idColumn, .. categories.Select(c => c.Name), .. extraColumns]);
        foreach (var person in people)
        {
            var extra = extraValues(person);
            if (extra.Count != extraColumns.Count)
            {
                throw new ArgumentException(FormattableString.Invariant($"Person {person.Id} has {extra.Count} extra cells for {extraColumns.Count} extra columns."), nameof(extraValues));
            }

            Csv.WriteRecord(writer, [person.Id, .. person.Features, .. extra]);
        }
    }
}
