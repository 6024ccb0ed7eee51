using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollectiveAlignment.Data.Recruitment;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("Invitations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.TokenHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasIndex(e => e.TokenHash).IsUnique();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        // One invitation per volunteer: the unique index is what makes a retried job skip people it already invited.
        builder.HasIndex(e => e.VolunteerId).IsUnique();
        builder.HasIndex(e => new { e.ProcessId, e.Status });
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(e => e.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        // No cascade from the process: SQL Server refuses a second cascade path (via the volunteers).
        builder.HasOne<Process>().WithMany().HasForeignKey(e => e.ProcessId).OnDelete(DeleteBehavior.NoAction);
    }
}
