using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollectiveAlignment.Data.Recruitment;

internal sealed class ProcessConfiguration : IEntityTypeConfiguration<Process>
{
    public void Configure(EntityTypeBuilder<Process> builder)
    {
        builder.ToTable("Processes");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Slug).HasMaxLength(64).IsRequired();
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.Topic).HasMaxLength(512).IsRequired();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Algorithm).HasMaxLength(16).IsRequired();
        builder.Property(e => e.PublicSeed).HasMaxLength(128).IsRequired();
        builder.Property(e => e.SeatsVersion).IsConcurrencyToken();
        builder.Property(e => e.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasMany(e => e.Categories).WithOne().HasForeignKey(c => c.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.ConsentTexts).WithOne().HasForeignKey(c => c.ProcessId).OnDelete(DeleteBehavior.Cascade);
    }
}
