using CollectiveAlignment.Data.Recruitment;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollectiveAlignment.Data.Jobs;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("JobRuns");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasMaxLength(128).IsRequired();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Message).HasMaxLength(512);
        builder.Property(e => e.QueueJobId).HasMaxLength(64);
        builder.Property(e => e.RequestedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(e => e.Status);
        builder.HasIndex(e => e.CreatedAt);
        // Set null, not cascade: a run row is operational history (the runs page, audit entries naming the run id)
        // that should outlive the process, and a process with runs must stay deletable.
        builder.HasOne<Process>().WithMany().HasForeignKey(e => e.ProcessId).OnDelete(DeleteBehavior.SetNull);
    }
}
