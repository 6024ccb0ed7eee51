using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollectiveAlignment.Data.Recruitment;

internal sealed class ConsentTextConfiguration : IEntityTypeConfiguration<ConsentText>
{
    public void Configure(EntityTypeBuilder<ConsentText> builder)
    {
        builder.ToTable("ConsentTexts");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => new { e.ProcessId, e.Version }).IsUnique();
        builder.Property(e => e.Body).HasMaxLength(8000).IsRequired();
        builder.Property(e => e.Collected).HasMaxLength(2000).IsRequired();
        builder.Property(e => e.Purpose).HasMaxLength(2000).IsRequired();
        builder.Property(e => e.Retention).HasMaxLength(2000).IsRequired();
        builder.Property(e => e.Withdrawal).HasMaxLength(2000).IsRequired();
    }
}
