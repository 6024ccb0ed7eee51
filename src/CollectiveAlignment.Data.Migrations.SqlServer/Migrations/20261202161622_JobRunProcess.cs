using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CollectiveAlignment.Data.Migrations.SqlServer.Migrations
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
                type: "uniqueidentifier",
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
            // replacement runs the invitation's. The CASE keeps JSON_VALUE away from rows whose payload is not JSON, and
            // EXEC defers compiling each statement until the column exists.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE r SET r.[ProcessId] = p.[Id]
                FROM [JobRuns] AS r
                INNER JOIN [Processes] AS p ON p.[Id] = TRY_CONVERT(uniqueidentifier, CASE WHEN ISJSON(r.[Payload]) = 1 THEN JSON_VALUE(r.[Payload], ''$.ProcessId'') END)
                WHERE r.[Kind] IN (N''recruitment.select'', N''recruitment.invite'', N''recruitment.invitation-notices'')');
                """);
            migrationBuilder.Sql("""
                EXEC(N'UPDATE r SET r.[ProcessId] = i.[ProcessId]
                FROM [JobRuns] AS r
                INNER JOIN [Invitations] AS i ON i.[Id] = TRY_CONVERT(uniqueidentifier, CASE WHEN ISJSON(r.[Payload]) = 1 THEN JSON_VALUE(r.[Payload], ''$.InvitationId'') END)
                WHERE r.[Kind] = N''recruitment.replace''');
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
