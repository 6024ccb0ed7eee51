using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollectiveAlignment.Data.Recruitment;

internal sealed class ScreeningAnswerConfiguration : IEntityTypeConfiguration<ScreeningAnswer>
{
    public void Configure(EntityTypeBuilder<ScreeningAnswer> builder)
    {
        builder.ToTable("ScreeningAnswers");
        builder.HasKey(e => new { e.VolunteerId, e.CategoryId });
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(e => e.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        // No cascade: SQL Server refuses two cascade paths from a process to the same row (via volunteers and via categories).
        builder.HasOne<RecruitmentCategory>().WithMany().HasForeignKey(e => e.CategoryId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<RecruitmentCategoryValue>().WithMany().HasForeignKey(e => e.ValueId).OnDelete(DeleteBehavior.NoAction);
    }
}
