// Test classes run one after another. Each portal host owns its job storage (it used to be Hangfire's process-wide
// JobStorage.Current, which let hosts pick up each other's jobs), but the recruitment and invitation tests wait on
// background runs and are kept predictable on a two-core machine by not competing with other portal hosts.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
