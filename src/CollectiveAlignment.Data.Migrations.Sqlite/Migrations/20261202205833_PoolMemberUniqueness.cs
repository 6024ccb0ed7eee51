using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CollectiveAlignment.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PoolMemberUniqueness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Volunteers_ProcessId_UserId",
                table: "Volunteers");

            // Data fix-up before the unique indexes: databases that already hold duplicate pool rows keep the oldest
            // (earliest JoinedAt, then Id) per process and external id / user id; the newer duplicates' screening
            // answers and invitations are deleted with them (they were the duplicate lottery tickets).
            foreach (var column in new[] { "ExternalId", "UserId" })
            {
                var duplicates = $"SELECT \"Id\" FROM (SELECT \"Id\", ROW_NUMBER() OVER (PARTITION BY \"ProcessId\", \"{column}\" ORDER BY \"JoinedAt\", \"Id\") AS rn FROM \"Volunteers\" WHERE \"{column}\" IS NOT NULL) d WHERE rn > 1";
                migrationBuilder.Sql($"DELETE FROM \"ScreeningAnswers\" WHERE \"VolunteerId\" IN ({duplicates});");
                migrationBuilder.Sql($"DELETE FROM \"Invitations\" WHERE \"VolunteerId\" IN ({duplicates});");
                migrationBuilder.Sql($"DELETE FROM \"Volunteers\" WHERE \"Id\" IN ({duplicates});");
            }

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_ProcessId_ExternalId",
                table: "Volunteers",
                columns: new[] { "ProcessId", "ExternalId" },
                unique: true,
                filter: "\"ExternalId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_ProcessId_UserId",
                table: "Volunteers",
                columns: new[] { "ProcessId", "UserId" },
                unique: true,
                filter: "\"UserId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Volunteers_ProcessId_ExternalId",
                table: "Volunteers");

            migrationBuilder.DropIndex(
                name: "IX_Volunteers_ProcessId_UserId",
                table: "Volunteers");

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_ProcessId_UserId",
                table: "Volunteers",
                columns: new[] { "ProcessId", "UserId" });
        }
    }
}
