using System.Globalization;

namespace CollectiveAlignment.Aggregation.Methods;

/// <summary>A method parameter: its name, type, default (as invariant text) and validation bounds.</summary>
public sealed record ParameterDescriptor
{
    private ParameterDescriptor(string name, ParameterKind kind, string defaultValue, string description)
    {
        Name = name;
        Kind = kind;
        Default = defaultValue;
        Description = description;
    }

    /// <summary>The kebab-case name used on the command line and in results.</summary>
    public string Name { get; }

    /// <summary>The value type.</summary>
    public ParameterKind Kind { get; }

    /// <summary>The default value, as invariant-culture text.</summary>
    public string Default { get; }

    /// <summary>One line saying what the parameter does.</summary>
    public string Description { get; }

    /// <summary>For <see cref="ParameterKind.Choice"/>: the allowed values.</summary>
    public IReadOnlyList<string> AllowedValues { get; private init; } = [];

    /// <summary>For numbers and integers: the inclusive minimum, if any.</summary>
    public double? Minimum { get; private init; }

    /// <summary>For numbers and integers: the inclusive maximum, if any.</summary>
    public double? Maximum { get; private init; }

    /// <summary>A choice parameter.</summary>
    public static ParameterDescriptor Choice(string name, string defaultValue, IReadOnlyList<string> allowed, string description) =>
        new(name, ParameterKind.Choice, defaultValue, description) { AllowedValues = allowed };

    /// <summary>An integer parameter with optional bounds.</summary>
    public static ParameterDescriptor WholeNumber(string name, int defaultValue, string description, int? minimum = null, int? maximum = null) =>
        new(name, ParameterKind.WholeNumber, defaultValue.ToString(CultureInfo.InvariantCulture), description) { Minimum = minimum, Maximum = maximum };

    /// <summary>A number parameter with optional bounds.</summary>
    public static ParameterDescriptor Number(string name, double defaultValue, string description, double? minimum = null, double? maximum = null) =>
        new(name, ParameterKind.Number, defaultValue.ToString("R", CultureInfo.InvariantCulture), description) { Minimum = minimum, Maximum = maximum };

    /// <summary>A Boolean parameter.</summary>
    public static ParameterDescriptor Boolean(string name, bool defaultValue, string description) =>
        new(name, ParameterKind.Boolean, defaultValue ? "true" : "false", description);

    /// <summary>Returns null when <paramref name="value"/> is valid, or the problem.</summary>
    public string? Validate(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (Kind)
        {
            case ParameterKind.Choice:
                return AllowedValues.Contains(value, StringComparer.Ordinal) ? null : $"'{value}' is not one of {string.Join(", ", AllowedValues)}";
            case ParameterKind.Boolean:
                return value is "true" or "false" ? null : $"'{value}' is not true or false";
            case ParameterKind.WholeNumber:
                if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i))
                {
                    return $"'{value}' is not an integer";
                }

                return CheckBounds(i);
            case ParameterKind.Number:
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d))
                {
                    return $"'{value}' is not a finite number";
                }

                return CheckBounds(d);
            default:
                return $"unknown parameter kind {Kind}";
        }
    }

    private string? CheckBounds(double v) =>
        (Minimum is { } min && v < min) ? $"{v.ToString(CultureInfo.InvariantCulture)} is below the minimum {min.ToString(CultureInfo.InvariantCulture)}"
        : (Maximum is { } max && v > max) ? $"{v.ToString(CultureInfo.InvariantCulture)} is above the maximum {max.ToString(CultureInfo.InvariantCulture)}"
        : null;
}
