using System.Reflection;

namespace CollectiveAlignment.Aggregation.Registry;

/// <summary>
/// The version of the plug-in contract this SDK implements, and the rule for which plug-ins it accepts. The SDK's assembly
/// version is <see cref="Current"/> (the build stamps it from the same <c>Version</c> property the package carries), and every
/// plug-in records the SDK version it was compiled against in its assembly references, so the registry can read it without
/// loading a single type.
/// </summary>
public static class SdkVersion
{
    /// <summary>The SDK's own assembly name, which a plug-in references.</summary>
    public static string AssemblyName { get; } = typeof(SdkVersion).Assembly.GetName().Name!;

    /// <summary>The version of this SDK (major.minor.patch).</summary>
    public static Version Current { get; } = Normalize(typeof(SdkVersion).Assembly.GetName().Version!);

    /// <summary>
    /// Whether a plug-in compiled against <paramref name="compiledAgainst"/> can run on <paramref name="host"/>: the same major
    /// version (while the major is 0, the same minor too, since 0.x minors may break, as semantic versioning reads them), and
    /// not newer than the host, whose SDK would lack what the plug-in calls.
    /// </summary>
    public static bool IsCompatible(Version compiledAgainst, Version host)
    {
        ArgumentNullException.ThrowIfNull(compiledAgainst);
        ArgumentNullException.ThrowIfNull(host);
        var a = Normalize(compiledAgainst);
        var h = Normalize(host);
        return a.Major == h.Major && (h.Major != 0 || a.Minor == h.Minor) && a <= h;
    }

    /// <summary>
    /// Throws when <paramref name="assembly"/> references an SDK version incompatible with <see cref="Current"/>; an assembly
    /// that does not reference the SDK (or is the SDK) passes.
    /// </summary>
    /// <exception cref="MethodRegistrationException">The versions are incompatible; the message names the assembly and both versions.</exception>
    public static void EnsureCompatible(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var reference = assembly.GetReferencedAssemblies().FirstOrDefault(r => r.Name == AssemblyName);
        if (reference?.Version is { } compiledAgainst && !IsCompatible(compiledAgainst, Current))
        {
            throw new MethodRegistrationException(
                $"Plug-in {assembly.GetName().Name} was built against CollectiveAlignment.Aggregation SDK {Normalize(compiledAgainst)}, "
                + $"but this host runs SDK {Current}: rebuild the plug-in against SDK {Current.Major}.{Current.Minor}.x.");
        }
    }

    private static Version Normalize(Version v) => new(v.Major, v.Minor, Math.Max(v.Build, 0));
}
