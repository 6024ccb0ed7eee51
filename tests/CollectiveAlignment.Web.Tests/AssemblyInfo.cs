// Hangfire keeps its storage in a process-wide static (JobStorage.Current): two portal hosts running at once in this
// process would pick up each other's jobs. Test classes therefore run one after another.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
