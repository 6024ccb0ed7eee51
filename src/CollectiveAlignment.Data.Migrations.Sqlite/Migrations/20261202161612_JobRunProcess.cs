using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CollectiveAlignment.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class JobRunProcess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ProcessId",
                table: "JobRuns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_ProcessId",
                table: "JobRuns",
                column: "ProcessId");

            migrationBuilder.AddForeignKey(
                name: "FK_JobRuns_Processes_ProcessId",
                table: "JobRuns",
                column: "ProcessId",
                principalTable: "Processes",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            // Backfill from the payloads today's code wrote: selection, invitation and notice runs carry the process id,
            // replacement runs the invitation's. SQLite keeps Guids as upper-case text, System.Text.Json writes lower case.
            migrationBuilder.Sql("""
                UPDATE "JobRuns" SET "ProcessId" = (
                    SELECT p."Id" FROM "Processes" AS p WHERE upper(p."Id") = upper(json_extract("JobRuns"."Payload", '$.ProcessId')))
                WHERE "Kind" IN ('recruitment.select', 'recruitment.invite', 'recruitment.invitation-notices') AND json_valid("Payload");
                """);
            migrationBuilder.Sql("""
                UPDATE "JobRuns" SET "ProcessId" = (
                    SELECT i."ProcessId" FROM "Invitations" AS i WHERE upper(i."Id") = upper(json_extract("JobRuns"."Payload", '$.InvitationId')))
                WHERE "Kind" = 'recruitment.replace' AND json_valid("Payload");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_JobRuns_Processes_ProcessId",
                table: "JobRuns");

            migrationBuilder.DropIndex(
                name: "IX_JobRuns_ProcessId",
                table: "JobRuns");

            migrationBuilder.DropColumn(
                name: "ProcessId",
                table: "JobRuns");
        }
    }
}
