using System.ComponentModel.DataAnnotations;

namespace CollectiveAlignment.Web.Jobs;

/// <summary>Background job settings, bound from <c>BackgroundJobs</c>.</summary>
public sealed class BackgroundJobsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "BackgroundJobs";

    /// <summary>Queue storage; in memory by default.</summary>
    [EnumDataType(typeof(JobStorageKind))]
    public JobStorageKind Storage { get; set; } = JobStorageKind.InMemory;

    /// <summary>Connection string for SQL Server storage; empty means the database's own connection string.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Whether this node processes jobs (a node can serve pages only).</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>Worker threads on this node.</summary>
    [Range(1, 256)]
    public int WorkerCount { get; set; } = 2;

    /// <summary>Whether queued work survives a restart of every node.</summary>
    public bool IsDurable => Storage == JobStorageKind.SqlServer;
}
