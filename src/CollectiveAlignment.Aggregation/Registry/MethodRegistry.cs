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
    /// parameterless constructor, complete metadata.
    /// </summary>
    /// <exception cref="MethodRegistrationException">A type fails validation; the message names it.</exception>
    public static MethodRegistry Build(IEnumerable<Assembly> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        var types = new List<Type>();
        foreach (var assembly in assemblies.Distinct())
        {
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

    /// <summary>Builds from the built-in assemblies plus every plug-in in <paramref name="pluginsFolder"/> (when given and present).</summary>
    public static MethodRegistry Build(IEnumerable<Assembly> builtIn, string? pluginsFolder)
    {
        ArgumentNullException.ThrowIfNull(builtIn);
        var all = builtIn.ToList();
        if (!string.IsNullOrEmpty(pluginsFolder) && Directory.Exists(pluginsFolder))
        {
            all.AddRange(LoadPlugins(pluginsFolder));
        }

        return Build(all);
    }

    /// <summary>The file-name pattern of the built-in method families shipped beside a host.</summary>
    public const string BuiltInFamilyPattern = "CollectiveAlignment.Methods.*.dll";

    /// <summary>
    /// Builds from every built-in family shipped beside the host (<see cref="BuiltInFamilyPattern"/> in
    /// <paramref name="applicationDirectory"/>) plus the plug-ins folder. The portal and <c>calign</c> both call this, so a host
    /// cannot silently list a different catalog from the other: the families it ships are the families it lists.
    /// </summary>
    public static MethodRegistry BuildBuiltIn(string applicationDirectory, string? pluginsFolder)
    {
        ArgumentNullException.ThrowIfNull(applicationDirectory);
        var families = Directory.EnumerateFiles(applicationDirectory, BuiltInFamilyPattern)
            .Where(path => !path.EndsWith(".Tests.dll", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => Assembly.Load(AssemblyName.GetAssemblyName(path)))
            .ToList();
        return Build(families, pluginsFolder);
    }

    /// <summary>
    /// Loads plug-in assemblies from <paramref name="pluginsFolder"/>: every <c>X.dll</c> that has a sibling <c>X.deps.json</c>
    /// (the main assembly of a built plug-in), in the folder itself or one level of sub-folders. Each is loaded into its own
    /// <see cref="System.Runtime.Loader.AssemblyLoadContext"/>, with the SDK shared from the default context.
    /// </summary>
    /// <exception cref="MethodRegistrationException">A plug-in assembly cannot be loaded.</exception>
    public static IReadOnlyList<Assembly> LoadPlugins(string pluginsFolder)
    {
        ArgumentNullException.ThrowIfNull(pluginsFolder);
        var result = new List<Assembly>();
        var folders = new[] { pluginsFolder }.Concat(Directory.EnumerateDirectories(pluginsFolder).Order(StringComparer.Ordinal));
        foreach (var folder in folders)
        {
            foreach (var deps in Directory.EnumerateFiles(folder, "*.deps.json").Order(StringComparer.Ordinal))
            {
                var dll = deps[..^".deps.json".Length] + ".dll";
                if (!File.Exists(dll))
                {
                    continue;
                }

                try
                {
                    var context = new PluginLoadContext(Path.GetFullPath(dll));
                    result.Add(context.LoadFromAssemblyPath(Path.GetFullPath(dll)));
                }
                catch (Exception ex) when (ex is IOException or BadImageFormatException or FileLoadException)
                {
                    throw new MethodRegistrationException($"Cannot load plug-in '{dll}': {ex.Message}", ex);
                }
            }
        }

        return result;
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
