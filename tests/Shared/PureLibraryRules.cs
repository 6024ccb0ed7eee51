using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CollectiveAlignment.Tests;

/// <summary>
/// The architecture rule of the pure libraries, checked in one place: an assembly and everything it references, transitively,
/// stays clear of the web, database and job frameworks and of our host projects; and our own pure assemblies among them touch
/// neither the file system nor the console. Linked into every test project by tests/Directory.Build.props; each pure
/// library's tests call <see cref="ShouldBePure"/> once.
/// </summary>
internal static class PureLibraryRules
{
    /// <summary>Assembly-name prefixes no pure library may reach, directly or through another assembly.</summary>
    public static readonly IReadOnlyList<string> ForbiddenAssemblies =
    [
        "Microsoft.AspNetCore",
        "Microsoft.EntityFrameworkCore",
        "Hangfire",
        "CollectiveAlignment.Data",
        "CollectiveAlignment.Web",
        "CollectiveAlignment.Cli",
        "CollectiveAlignment.Aggregation.Files",
    ];

    /// <summary>Types whose use is file-system or console access (System.IO.FileSystem lives in CoreLib, so names are all we can see).</summary>
    public static readonly IReadOnlyList<string> ForbiddenTypes =
    [
        "System.IO.File",
        "System.IO.Directory",
        "System.IO.FileStream",
        "System.IO.FileInfo",
        "System.IO.DirectoryInfo",
        "System.IO.FileSystemInfo",
        "System.IO.DriveInfo",
        "System.IO.FileSystemWatcher",
        "System.IO.RandomAccess",
        "System.Console",
    ];

    private const string OurPrefix = "CollectiveAlignment.";

    /// <summary>Fails, listing every violation, when <paramref name="assembly"/> breaks the rule.</summary>
    /// <param name="assembly">The pure library under test.</param>
    /// <param name="allowedProjects">Our own assemblies it may reference (e.g. the SDK); any other <c>CollectiveAlignment.*</c> is refused.</param>
    public static void ShouldBePure(Assembly assembly, params string[] allowedProjects)
    {
        var violations = Violations(assembly, allowedProjects);
        violations.ShouldBeEmpty($"{assembly.GetName().Name} must stay pure:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    /// <summary>The violations of the rule by <paramref name="assembly"/> and its transitive references, each as one line.</summary>
    public static IReadOnlyList<string> Violations(Assembly assembly, params string[] allowedProjects)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var root = assembly.GetName().Name!;
        var allowed = new HashSet<string>(allowedProjects, StringComparer.Ordinal) { root };
        var violations = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { root };
        var queue = new Queue<(Assembly Assembly, string Path)>([(assembly, root)]);
        while (queue.TryDequeue(out var current))
        {
            var name = current.Assembly.GetName().Name!;
            if (name.StartsWith(OurPrefix, StringComparison.Ordinal))
            {
                violations.AddRange(FileSystemUses(current.Assembly).Select(use => $"{current.Path} uses {use}"));
            }

            foreach (var reference in current.Assembly.GetReferencedAssemblies())
            {
                var referenceName = reference.Name!;
                if (!seen.Add(referenceName))
                {
                    continue;
                }

                var path = $"{current.Path} → {referenceName}";
                if (ForbiddenAssemblies.Any(f => referenceName.StartsWith(f, StringComparison.Ordinal))
                    || (referenceName.StartsWith(OurPrefix, StringComparison.Ordinal) && !allowed.Contains(referenceName)))
                {
                    violations.Add($"{path} is forbidden");
                    continue;
                }

                if (TryLoad(reference) is { } loaded)
                {
                    queue.Enqueue((loaded, path));
                }
            }
        }

        return violations;
    }

    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (FileNotFoundException)
        {
            // A reference the runtime never needs here (e.g. an optional native wrapper): nothing to walk.
            return null;
        }
    }

    /// <summary>Forbidden types the assembly's metadata refers to, and <c>StreamReader</c>/<c>StreamWriter</c> built from a path.</summary>
    private static SortedSet<string> FileSystemUses(Assembly assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var metadata = pe.GetMetadataReader();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeReferences)
        {
            var full = FullName(metadata, metadata.GetTypeReference(handle));
            if (ForbiddenTypes.Contains(full, StringComparer.Ordinal))
            {
                found.Add(full);
            }
        }

        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            if (member.Parent.Kind != HandleKind.TypeReference || !metadata.StringComparer.Equals(member.Name, ".ctor"))
            {
                continue;
            }

            var type = FullName(metadata, metadata.GetTypeReference((TypeReferenceHandle)member.Parent));
            if (type is "System.IO.StreamReader" or "System.IO.StreamWriter" && FirstParameterIsString(metadata.GetBlobReader(member.Signature)))
            {
                found.Add(type + "(string path, …)");
            }
        }

        return found;
    }

    private static bool FirstParameterIsString(BlobReader signature)
    {
        signature.ReadSignatureHeader();
        if (signature.ReadCompressedInteger() == 0)
        {
            return false;
        }

        signature.ReadSignatureTypeCode();
        return signature.ReadSignatureTypeCode() == SignatureTypeCode.String;
    }

    private static string FullName(MetadataReader metadata, TypeReference type) =>
        metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name);
}
