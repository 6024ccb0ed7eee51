namespace CollectiveAlignment.Web.Infrastructure.Components;

/// <summary>
/// How interactive components run a use case: each operation gets its own service scope, so its handler, database
/// context and audit log live exactly as long as the operation and never go stale across a long-lived circuit. Reads
/// use <c>IDbContextFactory&lt;AppDbContext&gt;</c> directly, one context per operation.
/// </summary>
public static class ScopedOperations
{
    /// <summary>Resolves <typeparamref name="THandler"/> in a fresh scope and runs <paramref name="operation"/> with it.</summary>
    public static async Task<T> RunAsync<THandler, T>(this IServiceScopeFactory scopes, Func<THandler, Task<T>> operation)
        where THandler : notnull
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(operation);
        await using var scope = scopes.CreateAsyncScope();
        return await operation(scope.ServiceProvider.GetRequiredService<THandler>());
    }

    /// <summary>As <see cref="RunAsync{THandler, T}"/>, for an operation without a result.</summary>
    public static Task RunAsync<THandler>(this IServiceScopeFactory scopes, Func<THandler, Task> operation)
        where THandler : notnull
    {
        ArgumentNullException.ThrowIfNull(operation);
        return scopes.RunAsync<THandler, bool>(async handler =>
        {
            await operation(handler);
            return true;
        });
    }
}
