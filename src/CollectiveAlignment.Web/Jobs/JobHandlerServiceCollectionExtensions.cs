namespace CollectiveAlignment.Web.Jobs;

/// <summary>Registers job handlers under their run kind.</summary>
public static class JobHandlerServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped) for runs of <paramref name="kind"/>, behind the one
    /// <see cref="JobHandlerAdapter{THandler, TPayload}"/> the executor resolves by that key.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another handler is already registered for <paramref name="kind"/>.</exception>
    public static IServiceCollection AddJobHandler<THandler, TPayload>(this IServiceCollection services, string kind)
        where THandler : class, IJobHandler<TPayload>
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        // Keyed registrations silently let the last one win; two handlers for one kind is a wiring mistake to surface.
        if (services.Any(d => d.IsKeyedService && d.ServiceType == typeof(IJobRunner) && Equals(d.ServiceKey, kind)))
        {
            throw new InvalidOperationException($"A handler for run kind '{kind}' is already registered.");
        }

        services.AddScoped<THandler>();
        services.AddKeyedScoped<IJobRunner>(kind, (provider, _) => new JobHandlerAdapter<THandler, TPayload>(provider.GetRequiredService<THandler>()));
        services.AddKeyedSingleton(kind, new JobKindRegistration(typeof(TPayload)));
        return services;
    }
}
