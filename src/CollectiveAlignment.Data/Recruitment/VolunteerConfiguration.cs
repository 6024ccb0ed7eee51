using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollectiveAlignment.Data.Recruitment;

internal sealed class VolunteerConfiguration : IEntityTypeConfiguration<Volunteer>
{
    public void Configure(EntityTypeBuilder<Volunteer> builder)
    {
        builder.ToTable("Volunteers");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        // No foreign key to the Identity users: deleting an account must not need to know about pools, and a
        // withdrawn volunteer's row loses its user id anyway.
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.ExternalId).HasMaxLength(128);
        builder.Property(e => e.Email).HasMaxLength(256);
        builder.Property(e => e.HouseholdKey).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        // One row per person and pool: a racing second import or sign-up loses here, whatever the handlers checked.
        // Both columns are null for some rows (sign-ups, imported people, tombstones), so the indexes cover only the others.
        builder.HasIndex(e => new { e.ProcessId, e.UserId }).IsUnique().HasFilter("\"UserId\" IS NOT NULL");
        builder.HasIndex(e => new { e.ProcessId, e.ExternalId }).IsUnique().HasFilter("\"ExternalId\" IS NOT NULL");
        builder.HasIndex(e => new { e.ProcessId, e.Status });
        builder.HasOne<Process>().WithMany().HasForeignKey(e => e.ProcessId).OnDelete(DeleteBehavior.Cascade);
    }
}
