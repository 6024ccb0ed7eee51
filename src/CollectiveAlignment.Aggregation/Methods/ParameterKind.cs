namespace CollectiveAlignment.Aggregation.Methods;

/// <summary>The value type of a method parameter.</summary>
public enum ParameterKind
{
    /// <summary>A 32-bit integer (named so to avoid a type name as identifier).</summary>
    WholeNumber,

    /// <summary>A finite double.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>One of a fixed list of strings.</summary>
    Choice,
}
