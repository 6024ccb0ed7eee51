using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollectiveAlignment.Data.Recruitment;

internal sealed class RecruitmentCategoryValueConfiguration : IEntityTypeConfiguration<RecruitmentCategoryValue>
{
    public void Configure(EntityTypeBuilder<RecruitmentCategoryValue> builder)
    {
        builder.ToTable("RecruitmentCategoryValues");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Name).HasMaxLength(128).IsRequired();
        builder.HasIndex(e => new { e.CategoryId, e.Name }).IsUnique();
    }
}
