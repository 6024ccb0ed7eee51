using CollectiveAlignment.Data.Migrations.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CollectiveAlignment.Data.Tests.Jobs;

/// <summary>Runs recorded before <c>JobRuns.ProcessId</c> existed get it from their payload when the column is added.</summary>
public sealed class JobRunProcessMigrationTests
{
    private const string BeforeProcessKey = "RecruitmentGaps";

    private static readonly Guid Process = Guid.Parse("0b0c6c2e-3f4a-4d1e-9a51-8e1f2d3c4b5a");
    private static readonly Guid Volunteer = Guid.Parse("1c1d7d3f-405b-4e2f-8b62-9f203e4d5c6b");
    private static readonly Guid Invitation = Guid.Parse("2d2e8e40-516c-4f30-9c73-a0314f5e6d7c");

    [Fact]
    public async Task Migrate_RunsRecordedBeforeTheKey_GetTheirProcessFromThePayload()
    {
        await using var database = new SqliteTestDatabase();
        var ct = TestContext.Current.CancellationToken;
        await using (var old = database.NewContext())
        {
            await old.GetService<IMigrator>().MigrateAsync(BeforeProcessKey, ct);
            // As earlier code wrote them: EF keeps Guids as upper-case text, payloads hold System.Text.Json's lower case.
            var rows = $"""
                INSERT INTO "Processes" ("Id", "Slug", "Topic", "Status", "PanelSize", "Algorithm", "PublicSeed", "OnePerHousehold", "CreatedBy", "CreatedAt", "SeatsVersion")
                VALUES ('{Up(Process)}', 'p', 't', 'Open', 4, 'Leximin', 's', 0, 'r', 0, 0);
                INSERT INTO "Volunteers" ("Id", "ProcessId", "Status", "JoinedAt") VALUES ('{Up(Volunteer)}', '{Up(Process)}', 'Selected', 0);
                INSERT INTO "Invitations" ("Id", "ProcessId", "VolunteerId", "JobRunId", "TokenHash", "Status", "SentAt", "Deadline")
                VALUES ('{Up(Invitation)}', '{Up(Process)}', '{Up(Volunteer)}', '{Up(Guid.Empty)}', 'h', 'Declined', 0, 0);
                {Run(1, "recruitment.select", $$"""{"ProcessId":"{{Process}}","ReleaseAccepted":false}""")}
                {Run(2, "recruitment.invite", $$"""{"ProcessId":"{{Process}}"}""")}
                {Run(3, "recruitment.invitation-notices", $$"""{"ProcessId":"{{Process}}"}""")}
                {Run(4, "recruitment.replace", $$"""{"InvitationId":"{{Invitation}}"}""")}
                {Run(5, "audit.verify", null)}
                {Run(6, "recruitment.select", $$"""{"ProcessId":"{{Guid.NewGuid()}}","ReleaseAccepted":false}""")}
                {Run(7, "recruitment.invite", "not json")}
                """;
            // Through the connection: the JSON's braces would read as format items to ExecuteSqlRaw.
            var connection = old.Database.GetDbConnection();
            await connection.OpenAsync(ct);
            await using var insert = connection.CreateCommand();
            insert.CommandText = rows;
            await insert.ExecuteNonQueryAsync(ct);
        }

        await using var db = database.NewContext();
        await db.Database.MigrateAsync(ct);

        var processOf = await db.JobRuns.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.ProcessId, ct);
        processOf[RunId(1)].ShouldBe(Process);
        processOf[RunId(2)].ShouldBe(Process);
        processOf[RunId(3)].ShouldBe(Process);
        processOf[RunId(4)].ShouldBe(Process);
        processOf[RunId(5)].ShouldBeNull();
        processOf[RunId(6)].ShouldBeNull("the payload names a process that does not exist");
        processOf[RunId(7)].ShouldBeNull();
        (await db.JobRuns.CountAsync(r => r.ProcessId == Process, ct)).ShouldBe(4);
    }

    [Fact]
    public void SqlServerScript_BackfillsProcessIdFromThePayload()
    {
        using var db = new SqlServerDesignTimeDbContextFactory().CreateDbContext([]);

        var script = db.GetService<IMigrator>().GenerateScript(BeforeProcessKey, options: MigrationsSqlGenerationOptions.Idempotent);

        script.ShouldContain("ADD [ProcessId] uniqueidentifier NULL");
        script.ShouldContain("JSON_VALUE(r.[Payload], ''$.ProcessId'')");
        script.ShouldContain("JSON_VALUE(r.[Payload], ''$.InvitationId'')");
        script.ShouldContain("FOREIGN KEY ([ProcessId]) REFERENCES [Processes] ([Id]) ON DELETE SET NULL");
    }

    private static Guid RunId(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    private static string Up(Guid id) => id.ToString().ToUpperInvariant();

    private static string Run(int n, string kind, string? payload) =>
        $"""INSERT INTO "JobRuns" ("Id", "Kind", "Payload", "Status", "Progress", "Attempts", "RequestedBy", "CreatedAt") VALUES ('{Up(RunId(n))}', '{kind}', {(payload is null ? "NULL" : $"'{payload}'")}, 'Succeeded', 100, 1, 'system', 0);""";
}
