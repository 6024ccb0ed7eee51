using System.Collections;

namespace CollectiveAlignment.Aggregation.Ballots;

/// <summary>The ordered, named candidates of a profile. Ballots refer to candidates by their zero-based index here.</summary>
public sealed class CandidateSet : IReadOnlyList<string>
{
    private readonly string[] _names;
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates a candidate set; names must be non-empty and unique (ordinal comparison).</summary>
    /// <exception cref="ArgumentException">A name is blank or repeated.</exception>
    public CandidateSet(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = [.. names];
        _index = new Dictionary<string, int>(_names.Length, StringComparer.Ordinal);
        for (var i = 0; i < _names.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(_names[i]))
            {
                throw new ArgumentException($"Candidate {i} has a blank name.", nameof(names));
            }

            if (!_index.TryAdd(_names[i], i))
            {
                throw new ArgumentException($"Candidate name '{_names[i]}' appears more than once.", nameof(names));
            }
        }
    }

    /// <summary>Creates candidates named "A", "B", ... (then "C27", ... beyond 26), for tests and generated profiles.</summary>
    public static CandidateSet Letters(int count) =>
        new(Enumerable.Range(0, count).Select(i => i < 26 ? ((char)('A' + i)).ToString() : "C" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The number of candidates.</summary>
    public int Count => _names.Length;

    /// <summary>The name of candidate <paramref name="index"/>.</summary>
    public string this[int index] => _names[index];

    /// <summary>The index of the candidate called <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out var i) ? i : -1;

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_names).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
