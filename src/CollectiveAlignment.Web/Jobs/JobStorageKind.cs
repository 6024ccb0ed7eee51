namespace CollectiveAlignment.Web.Jobs;

/// <summary>Where Hangfire keeps its queue.</summary>
public enum JobStorageKind
{
    /// <summary>In process memory: zero set-up; the queue is lost at restart, which our run table makes up for.</summary>
    InMemory = 0,

    /// <summary>SQL Server: durable and shared by every web node.</summary>
    SqlServer = 1,
}
