using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollectiveAlignment.Data.Recruitment;

internal sealed class RecruitmentCategoryConfiguration : IEntityTypeConfiguration<RecruitmentCategory>
{
    public void Configure(EntityTypeBuilder<RecruitmentCategory> builder)
    {
        builder.ToTable("RecruitmentCategories");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Name).HasMaxLength(128).IsRequired();
        builder.HasIndex(e => new { e.ProcessId, e.Name }).IsUnique();
        builder.HasMany(e => e.Values).WithOne().HasForeignKey(v => v.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
