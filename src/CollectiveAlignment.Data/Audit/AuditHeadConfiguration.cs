using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollectiveAlignment.Data.Audit;

internal sealed class AuditHeadConfiguration : IEntityTypeConfiguration<AuditHead>
{
    public void Configure(EntityTypeBuilder<AuditHead> builder)
    {
        builder.ToTable("AuditHead");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength().IsUnicode(false).IsRequired();
        // Optimistic concurrency: two nodes appending at once cannot both move the head.
        builder.Property(e => e.Sequence).IsConcurrencyToken();
    }
}
