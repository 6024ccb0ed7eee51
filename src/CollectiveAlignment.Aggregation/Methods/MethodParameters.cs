using System.Globalization;

namespace CollectiveAlignment.Aggregation.Methods;

/// <summary>
/// Parameter values passed to one aggregation, as invariant-culture text keyed by parameter name. Missing parameters take
/// their descriptor's default. Immutable.
/// </summary>
public sealed class MethodParameters
{
    private readonly SortedDictionary<string, string> _values;

    private MethodParameters(SortedDictionary<string, string> values) => _values = values;

    /// <summary>No parameters: every parameter takes its default.</summary>
    public static MethodParameters Empty { get; } = new(new SortedDictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The explicitly given values, sorted by name.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>Parses <c>name=value</c> pairs (as given on the command line).</summary>
    /// <exception cref="ArgumentException">A pair has no '='.</exception>
    public static MethodParameters Parse(IEnumerable<string> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var result = Empty;
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new ArgumentException($"Parameter '{pair}' is not of the form name=value.", nameof(pairs));
            }

            result = result.With(pair[..eq].Trim(), pair[(eq + 1)..].Trim());
        }

        return result;
    }

    /// <summary>Returns a copy with <paramref name="name"/> set to <paramref name="value"/>.</summary>
    public MethodParameters With(string name, string value)
    {
        var copy = new SortedDictionary<string, string>(_values, StringComparer.Ordinal) { [name] = value };
        return new MethodParameters(copy);
    }

    /// <summary>Checks every given value against <paramref name="metadata"/>: unknown names and invalid values are errors.</summary>
    /// <exception cref="ArgumentException">A parameter is unknown or invalid; the message names it.</exception>
    public void Validate(MethodMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        foreach (var (name, value) in _values)
        {
            var descriptor = metadata.Parameters.FirstOrDefault(p => p.Name == name)
                ?? throw new ArgumentException($"Unknown parameter '{name}' for {metadata.DisplayName}; known: {string.Join(", ", metadata.Parameters.Select(p => p.Name).DefaultIfEmpty("(none)"))}.");
            if (descriptor.Validate(value) is { } problem)
            {
                throw new ArgumentException($"Parameter '{name}': {problem}.");
            }
        }
    }

    /// <summary>The value of <paramref name="descriptor"/> (or its default), validated.</summary>
    public string GetString(ParameterDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var value = _values.TryGetValue(descriptor.Name, out var v) ? v : descriptor.Default;
        if (descriptor.Validate(value) is { } problem)
        {
            throw new ArgumentException($"Parameter '{descriptor.Name}': {problem}.");
        }

        return value;
    }

    /// <summary>The integer value of <paramref name="descriptor"/>.</summary>
    public int GetInt32(ParameterDescriptor descriptor) => int.Parse(GetString(descriptor), NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>The number value of <paramref name="descriptor"/>.</summary>
    public double GetDouble(ParameterDescriptor descriptor) => double.Parse(GetString(descriptor), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The Boolean value of <paramref name="descriptor"/>.</summary>
    public bool GetBoolean(ParameterDescriptor descriptor) => GetString(descriptor) == "true";
}
