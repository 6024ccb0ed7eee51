using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;

namespace CollectiveAlignment.Aggregation.Results;

/// <summary>
/// The explanation-writer registry: which <see cref="ExplanationWriter"/> writes each explanation type. A type's writer is
/// the one its <see cref="ExplanationWriterAttribute"/> names, or one given to <see cref="Register"/>; kinds are unique, so two
/// explanation types can never produce the same <c>type</c> discriminator.
/// </summary>
public static partial class ExplanationWriters
{
    private static readonly ConcurrentDictionary<Type, ExplanationWriter> ByType = new();
    private static readonly ConcurrentDictionary<string, Type> TypeByKind = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    // The SDK's generic kinds are taken first, so no plug-in can claim their discriminators.
    static ExplanationWriters()
    {
        Register(new CompositeExplanationWriter());
        Register(new EliminationRoundsExplanationWriter());
        Register(new PairwiseMarginsExplanationWriter());
        Register(new ScoreTallyExplanationWriter());
    }

    /// <summary>The writer of <paramref name="explanationType"/>.</summary>
    /// <exception cref="NotSupportedException">The type has no writer.</exception>
    /// <exception cref="InvalidOperationException">Its writer is invalid or its kind is taken by another type.</exception>
    public static ExplanationWriter For(Type explanationType)
    {
        ArgumentNullException.ThrowIfNull(explanationType);
        if (ByType.TryGetValue(explanationType, out var writer))
        {
            return writer;
        }

        if (explanationType.GetCustomAttribute<ExplanationWriterAttribute>() is not { } attribute)
        {
            throw new NotSupportedException($"Unknown explanation type {explanationType.Name}.");
        }

        if (!typeof(ExplanationWriter).IsAssignableFrom(attribute.WriterType) || attribute.WriterType.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidOperationException($"{explanationType.FullName}: {attribute.WriterType.FullName} is not an ExplanationWriter with a public parameterless constructor.");
        }

        Register((ExplanationWriter)Activator.CreateInstance(attribute.WriterType)!);
        return ByType[explanationType];
    }

    /// <summary>
    /// Registers <paramref name="writer"/> for its <see cref="ExplanationWriter.ExplanationType"/>. Registering the same kind for
    /// the same type again does nothing (so it is safe at every start-up).
    /// </summary>
    /// <exception cref="InvalidOperationException">The kind is not kebab-case, or the type or the kind is already registered otherwise.</exception>
    public static void Register(ExplanationWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var type = writer.ExplanationType;
        var kind = writer.Kind;
        if (!typeof(Explanation).IsAssignableFrom(type))
        {
            throw new InvalidOperationException($"{writer.GetType().FullName} writes {type.FullName}, which is not an Explanation.");
        }

        if (kind is null || !KebabCase().IsMatch(kind))
        {
            throw new InvalidOperationException($"{writer.GetType().FullName}: kind '{kind}' is not kebab-case.");
        }

        lock (Gate)
        {
            if (TypeByKind.TryGetValue(kind, out var owner) && owner != type)
            {
                throw new InvalidOperationException($"Explanation kind '{kind}' is already written for {owner.FullName}; {type.FullName} needs another kind.");
            }

            if (ByType.TryGetValue(type, out var existing))
            {
                if (existing.Kind != kind)
                {
                    throw new InvalidOperationException($"{type.FullName} already has a writer (kind '{existing.Kind}').");
                }

                return;
            }

            TypeByKind[kind] = type;
            ByType[type] = writer;
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
