namespace CollectiveAlignment.Data.Configuration;

/// <summary>The database engines the portal runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file: zero set-up, one node. The default.</summary>
    Sqlite = 0,

    /// <summary>Microsoft SQL Server: production, several web nodes.</summary>
    SqlServer = 1,
}
