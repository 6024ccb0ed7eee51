using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollectiveAlignment.Data.Recruitment;

internal sealed class SelectionRunConfiguration : IEntityTypeConfiguration<SelectionRun>
{
    public void Configure(EntityTypeBuilder<SelectionRun> builder)
    {
        builder.ToTable("SelectionRuns");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Algorithm).HasMaxLength(16).IsRequired();
        builder.Property(e => e.Seed).HasMaxLength(128).IsRequired();
        builder.HasIndex(e => e.ProcessId);
        builder.HasOne<Process>().WithMany().HasForeignKey(e => e.ProcessId).OnDelete(DeleteBehavior.Cascade);
    }
}
