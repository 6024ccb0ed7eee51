using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CollectiveAlignment.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RecruitmentGaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Volunteers",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholdKey",
                table: "Volunteers",
                type: "TEXT",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OnePerHousehold",
                table: "SelectionRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ReleasedAccepted",
                table: "SelectionRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SupersededInvitations",
                table: "SelectionRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "TookEffect",
                table: "SelectionRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Runs published before this column existed: every feasible one took effect when it completed.
            migrationBuilder.Sql("UPDATE SelectionRuns SET TookEffect = Feasible;");

            migrationBuilder.AddColumn<int>(
                name: "WithHouseholdKey",
                table: "SelectionRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "Processes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SeatsVersion",
                table: "Processes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "NoticeSentAt",
                table: "Invitations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SupersededAt",
                table: "Invitations",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Email",
                table: "Volunteers");

            migrationBuilder.DropColumn(
                name: "HouseholdKey",
                table: "Volunteers");

            migrationBuilder.DropColumn(
                name: "OnePerHousehold",
                table: "SelectionRuns");

            migrationBuilder.DropColumn(
                name: "ReleasedAccepted",
                table: "SelectionRuns");

            migrationBuilder.DropColumn(
                name: "SupersededInvitations",
                table: "SelectionRuns");

            migrationBuilder.DropColumn(
                name: "TookEffect",
                table: "SelectionRuns");

            migrationBuilder.DropColumn(
                name: "WithHouseholdKey",
                table: "SelectionRuns");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Processes");

            migrationBuilder.DropColumn(
                name: "SeatsVersion",
                table: "Processes");

            migrationBuilder.DropColumn(
                name: "NoticeSentAt",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "SupersededAt",
                table: "Invitations");
        }
    }
}
