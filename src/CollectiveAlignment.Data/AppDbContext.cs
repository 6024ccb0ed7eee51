using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Identity;
using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Data.Recruitment;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CollectiveAlignment.Data;

/// <summary>The one database context: Identity's tables plus ours. Feature code uses it directly (no repository layer).</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<ApplicationUser>(options)
{
    /// <summary>The audit chain, in sequence order.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>The single row recording the chain's newest link.</summary>
    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();

    /// <summary>Intent records of background runs.</summary>
    public DbSet<JobRun> JobRuns => Set<JobRun>();

    /// <summary>Deliberation processes and their recruitment settings.</summary>
    public DbSet<Process> Processes => Set<Process>();

    /// <summary>Recruitment categories of each process.</summary>
    public DbSet<RecruitmentCategory> RecruitmentCategories => Set<RecruitmentCategory>();

    /// <summary>Values, population shares and quotas of each category.</summary>
    public DbSet<RecruitmentCategoryValue> RecruitmentCategoryValues => Set<RecruitmentCategoryValue>();

    /// <summary>Versioned consent texts.</summary>
    public DbSet<ConsentText> ConsentTexts => Set<ConsentText>();

    /// <summary>Pool members (no demographics).</summary>
    public DbSet<Volunteer> Volunteers => Set<Volunteer>();

    /// <summary>Screening answers: personal data, apart from identity and votes.</summary>
    public DbSet<ScreeningAnswer> ScreeningAnswers => Set<ScreeningAnswer>();

    /// <summary>Published selection run records.</summary>
    public DbSet<SelectionRun> SelectionRuns => Set<SelectionRun>();

    /// <summary>Invitations of selected volunteers to take their seats.</summary>
    public DbSet<Invitation> Invitations => Set<Invitation>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        if (Database.IsSqlite())
        {
            // SQLite has no date-time type: stored as text, DateTimeOffset cannot be compared or sorted in SQL.
            // As a signed 64-bit number it can, and it still round-trips the offset.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
