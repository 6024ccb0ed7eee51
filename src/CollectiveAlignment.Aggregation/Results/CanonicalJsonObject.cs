using System.Text.Json;
using CollectiveAlignment.Aggregation.Ballots;

namespace CollectiveAlignment.Aggregation.Results;

/// <summary>
/// One JSON object of the canonical result format, handed to an <see cref="ExplanationWriter"/>. Properties may be added in
/// any order: they are written in ordinal key order when the object closes, numbers in the canonical form (12 significant
/// digits, no negative zero, non-finite values as strings) and candidates by name, so every writer's output is canonical
/// without effort. A key added twice is an error.
/// </summary>
public sealed class CanonicalJsonObject
{
    private readonly List<KeyValuePair<string, Action<Utf8JsonWriter>>> _properties = [];

    internal CanonicalJsonObject(CandidateSet candidates) => Candidates = candidates;

    /// <summary>The profile's candidates (or statements), for writers that need names themselves.</summary>
    public CandidateSet Candidates { get; }

    /// <summary>Adds a string.</summary>
    public void Add(string name, string value) => Put(name, w => w.WriteStringValue(value));

    /// <summary>Adds a Boolean.</summary>
    public void Add(string name, bool value) => Put(name, w => w.WriteBooleanValue(value));

    /// <summary>Adds an integer, written exactly.</summary>
    public void AddInteger(string name, long value) => Put(name, w => w.WriteNumberValue(value));

    /// <summary>Adds a number in canonical form.</summary>
    public void AddNumber(string name, double value) => Put(name, w => CanonicalJson.WriteNumber(w, value));

    /// <summary>Adds one candidate, by name.</summary>
    public void AddCandidate(string name, int candidate) => Put(name, w => w.WriteStringValue(Candidates[candidate]));

    /// <summary>Adds a set of candidates as an array of names, in candidate-index order (the order does not carry meaning).</summary>
    public void AddCandidateSet(string name, IEnumerable<int> candidates) => Put(name, w => CanonicalJson.WriteNames(w, candidates, Candidates));

    /// <summary>Adds a sequence of candidates as an array of names in the given order (when the order is part of the meaning).</summary>
    public void AddCandidateSequence(string name, IEnumerable<int> candidates) => Put(name, w =>
    {
        w.WriteStartArray();
        foreach (var c in candidates)
        {
            w.WriteStringValue(Candidates[c]);
        }

        w.WriteEndArray();
    });

    /// <summary>Adds an array of numbers in canonical form, in the given order.</summary>
    public void AddNumbers(string name, IEnumerable<double> values) => Put(name, w =>
    {
        w.WriteStartArray();
        foreach (var v in values)
        {
            CanonicalJson.WriteNumber(w, v);
        }

        w.WriteEndArray();
    });

    /// <summary>Adds an array of strings in the given order.</summary>
    public void AddStrings(string name, IEnumerable<string> values) => Put(name, w =>
    {
        w.WriteStartArray();
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    });

    /// <summary>Adds an object of strings (keys sorted ordinally).</summary>
    public void AddStringMap(string name, IEnumerable<KeyValuePair<string, string>> values) => AddObject(name, o =>
    {
        foreach (var (k, v) in values)
        {
            o.Add(k, v);
        }
    });

    /// <summary>Adds an object from candidate name to number, for every candidate index of <paramref name="values"/>.</summary>
    public void AddByCandidate(string name, IReadOnlyList<double> values) => Put(name, w => CanonicalJson.WriteByName(w, values, Candidates));

    /// <summary>Adds an object from candidate name to number, leaving out the candidates whose value is null.</summary>
    public void AddByCandidate(string name, IReadOnlyList<double?> values) => AddObject(name, o =>
    {
        for (var c = 0; c < values.Count; c++)
        {
            if (values[c] is { } v)
            {
                o.AddNumber(Candidates[c], v);
            }
        }
    });

    /// <summary>Adds a matrix as an array of rows of canonical numbers.</summary>
    public void AddMatrix(string name, IReadOnlyList<IReadOnlyList<double>> rows) => Put(name, w =>
    {
        w.WriteStartArray();
        foreach (var row in rows)
        {
            w.WriteStartArray();
            foreach (var v in row)
            {
                CanonicalJson.WriteNumber(w, v);
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
    });

    /// <summary>Adds a nested object, itself canonical.</summary>
    public void AddObject(string name, Action<CanonicalJsonObject> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Put(name, w => WriteObject(w, Candidates, write));
    }

    /// <summary>Adds an array with one nested canonical object per item, in the given order.</summary>
    public void AddObjects<T>(string name, IEnumerable<T> items, Action<CanonicalJsonObject, T> write)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(write);
        Put(name, w =>
        {
            w.WriteStartArray();
            foreach (var item in items)
            {
                WriteObject(w, Candidates, o => write(o, item));
            }

            w.WriteEndArray();
        });
    }

    /// <summary>Adds an array of explanations, each written by its own registered writer (for explanations made of parts).</summary>
    public void AddExplanations(string name, IEnumerable<Explanation> explanations)
    {
        ArgumentNullException.ThrowIfNull(explanations);
        Put(name, w =>
        {
            w.WriteStartArray();
            foreach (var e in explanations)
            {
                WriteExplanation(w, e, Candidates);
            }

            w.WriteEndArray();
        });
    }

    /// <summary>Writes <paramref name="explanation"/> as one object: its writer's properties plus <c>summary</c> and <c>type</c>.</summary>
    internal static void WriteExplanation(Utf8JsonWriter w, Explanation explanation, CandidateSet candidates)
    {
        var writer = ExplanationWriters.For(explanation.GetType());
        WriteObject(w, candidates, o =>
        {
            writer.WriteProperties(explanation, o);
            o.Add("summary", explanation.Summary);
            o.Add("type", writer.Kind);
        });
    }

    private static void WriteObject(Utf8JsonWriter w, CandidateSet candidates, Action<CanonicalJsonObject> write)
    {
        var o = new CanonicalJsonObject(candidates);
        write(o);
        o._properties.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        w.WriteStartObject();
        foreach (var (key, value) in o._properties)
        {
            w.WritePropertyName(key);
            value(w);
        }

        w.WriteEndObject();
    }

    private void Put(string name, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_properties.Exists(p => p.Key == name))
        {
            throw new InvalidOperationException($"The key '{name}' is written twice.");
        }

        _properties.Add(new(name, write));
    }
}
