using System.Reflection;
using System.Text.RegularExpressions;
using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;

namespace CollectiveAlignment.Aggregation.Registry;

/// <summary>
/// The catalog of aggregation methods: the built-in family assemblies plus any plug-ins. The portal and the CLI build it the
/// same way, so they list the same catalog.
/// </summary>
public sealed partial class MethodRegistry
{
    private readonly Dictionary<string, RegisteredMethod> _byId;

    private MethodRegistry(IEnumerable<RegisteredMethod> methods)
    {
        Methods = [.. methods.OrderBy(m => m.Id, StringComparer.Ordinal)];
        _byId = Methods.ToDictionary(m => m.Id, StringComparer.Ordinal);
    }

    /// <summary>Every method, ordered by id.</summary>
    public IReadOnlyList<RegisteredMethod> Methods { get; }

    /// <summary>
    /// Scans <paramref name="assemblies"/> for sealed, non-abstract types with <see cref="AggregationMethodAttribute"/> and
    /// validates them: kebab-case unique ids, version ≥ 1, one typed interface matching the declared ballot kind, a public
    /// parameterless constructor, complete metadata. An assembly built against an incompatible SDK version is refused before any
    /// of its types is loaded (<see cref="SdkVersion.EnsureCompatible"/>).
    /// </summary>
    /// <exception cref="MethodRegistrationException">A type or an assembly's SDK version fails validation; the message names it.</exception>
    public static MethodRegistry Build(IEnumerable<Assembly> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        var types = new List<Type>();
        foreach (var assembly in assemblies.Distinct())
        {
            SdkVersion.EnsureCompatible(assembly);
            try
            {
                types.AddRange(assembly.GetTypes().OrderBy(t => t.FullName, StringComparer.Ordinal));
            }
            catch (ReflectionTypeLoadException ex)
            {
                throw new MethodRegistrationException($"Cannot load the types of {assembly.GetName().Name}: {ex.LoaderExceptions.FirstOrDefault()?.Message}", ex);
            }
        }

        return FromTypes(types);
    }

    /// <summary>Builds from explicit types; types without <see cref="AggregationMethodAttribute"/> are ignored.</summary>
    /// <exception cref="MethodRegistrationException">A type fails validation; the message names it.</exception>
    public static MethodRegistry FromTypes(IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var found = new Dictionary<string, RegisteredMethod>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (type.GetCustomAttribute<AggregationMethodAttribute>() is not { } attribute)
            {
                continue;
            }

            var method = Validate(type, attribute);
            if (!found.TryAdd(method.Id, method))
            {
                throw new MethodRegistrationException($"Method id '{method.Id}' is declared by both {found[method.Id].Instance.GetType().FullName} and {type.FullName}.");
            }
        }

        return new MethodRegistry(found.Values);
    }

    /// <summary>The method with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such method; the message lists the known ids.</exception>
    public RegisteredMethod Get(string id) =>
        TryGet(id, out var m) ? m : throw new KeyNotFoundException($"Unknown method '{id}'. Known: {string.Join(", ", _byId.Keys)}.");

    /// <summary>Looks up a method by id.</summary>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RegisteredMethod? method) => _byId.TryGetValue(id, out method);

    /// <summary>The methods reading <paramref name="kind"/> ballots.</summary>
    public IEnumerable<RegisteredMethod> For(BallotKind kind) => Methods.Where(m => m.Metadata.BallotKind == kind);

    /// <summary>The methods claiming to satisfy <paramref name="axiom"/>.</summary>
    public IEnumerable<RegisteredMethod> Satisfying(Axiom axiom) => Methods.Where(m => m.Metadata.ClaimFor(axiom) == Claim.Satisfies);

    private static RegisteredMethod Validate(Type type, AggregationMethodAttribute attribute)
    {
        string Fail(string problem) => throw new MethodRegistrationException($"Aggregation method {type.FullName}: {problem}.");

        if (!KebabCase().IsMatch(attribute.Id ?? string.Empty))
        {
            Fail($"id '{attribute.Id}' is not kebab-case (lower-case letters and digits separated by single hyphens)");
        }

        if (attribute.Version < 1)
        {
            Fail($"version {attribute.Version} must be at least 1");
        }

        if (type.IsAbstract || !type.IsSealed || !type.IsClass)
        {
            Fail("must be a sealed, non-abstract class");
        }

        var typed = new[] { typeof(IRankedMethod), typeof(IApprovalMethod), typeof(IScoreMethod), typeof(IStatementVoteMethod), typeof(IPairwiseMethod) }
            .Where(i => i.IsAssignableFrom(type)).ToArray();
        if (typed.Length != 1)
        {
            Fail($"must implement exactly one typed method interface (IRankedMethod, IApprovalMethod, …), found {typed.Length}");
        }

        if (type.GetConstructor(Type.EmptyTypes) is not { IsPublic: true })
        {
            Fail("needs a public parameterless constructor (methods are stateless; parameters arrive per call)");
        }

        IAggregationMethod instance;
        try
        {
            instance = (IAggregationMethod)Activator.CreateInstance(type)!;
        }
        catch (TargetInvocationException ex)
        {
            throw new MethodRegistrationException($"Aggregation method {type.FullName}: the constructor threw {ex.InnerException?.Message}", ex);
        }

        var metadata = instance.Metadata;
        if (metadata is null)
        {
            Fail("Metadata is null");
        }

        var problems = metadata!.Problems();
        if (problems.Count > 0)
        {
            Fail("incomplete metadata: " + string.Join("; ", problems));
        }

        var expected = metadata.BallotKind switch
        {
            BallotKind.Ranked => typeof(IRankedMethod),
            BallotKind.Approval => typeof(IApprovalMethod),
            BallotKind.Score => typeof(IScoreMethod),
            BallotKind.StatementVote => typeof(IStatementVoteMethod),
            BallotKind.Pairwise => typeof(IPairwiseMethod),
            _ => typeof(void),
        };
        if (typed[0] != expected)
        {
            Fail($"declares ballot kind {metadata.BallotKind} but implements {typed[0].Name}");
        }

        return new RegisteredMethod(attribute.Id!, attribute.Version, instance);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
