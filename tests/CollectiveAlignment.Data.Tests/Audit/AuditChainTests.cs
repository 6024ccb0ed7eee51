using CollectiveAlignment.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CollectiveAlignment.Data.Tests.Audit;

public sealed class AuditChainTests : IAsyncLifetime
{
    private const int Entries = 6;
    private SqliteTestDatabase _database = null!;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        for (var i = 0; i < Entries; i++)
        {
            await using var db = _database.NewContext();
            _time.Advance(TimeSpan.FromSeconds(1.2345));
            await new AuditLog(db, _time).AppendAsync("user-" + i, "role.granted", "subject-" + i, new { role = "Moderator", n = i });
        }
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private async Task<AuditVerification> VerifyAsync()
    {
        await using var db = _database.NewContext();
        return await new AuditChainVerifier(db).VerifyAsync();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var db = _database.NewContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    [Fact]
    public async Task Verify_UntouchedChain_IsValidAndReportsHead()
    {
        var result = await VerifyAsync();

        result.IsValid.ShouldBeTrue(string.Join("; ", result.Problems));
        result.EntriesChecked.ShouldBe(Entries);
        result.HeadSequence.ShouldBe(Entries);
        await using var db = _database.NewContext();
        var last = await db.AuditEntries.SingleAsync(e => e.Sequence == Entries);
        result.HeadHash.ShouldBe(last.Hash);
    }

    [Fact]
    public async Task Append_LinksEachEntryToItsPredecessor()
    {
        await using var db = _database.NewContext();
        var entries = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();

        entries[0].PreviousHash.ShouldBe(AuditHasher.GenesisHash);
        for (var i = 1; i < entries.Count; i++)
        {
            entries[i].PreviousHash.ShouldBe(entries[i - 1].Hash);
            entries[i].Sequence.ShouldBe(entries[i - 1].Sequence + 1);
        }
    }

    public static TheoryData<long> EverySequence() => new(Enumerable.Range(1, Entries).Select(i => (long)i));

    [Theory]
    [MemberData(nameof(EverySequence))]
    public async Task Verify_AnyEditedRow_IsDetected(long sequence)
    {
        await ExecuteAsync($"UPDATE AuditEntries SET Action = 'role.revoked' WHERE Sequence = {sequence}");

        var result = await VerifyAsync();

        result.IsValid.ShouldBeFalse();
        result.Problems.ShouldContain(p => p.Contains($"entry {sequence}:", StringComparison.Ordinal) && p.Contains("edited", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EverySequence))]
    public async Task Verify_AnyDeletedRow_IsDetected(long sequence)
    {
        await ExecuteAsync($"DELETE FROM AuditEntries WHERE Sequence = {sequence}");

        var result = await VerifyAsync();

        result.IsValid.ShouldBeFalse();
    }

    [Fact]
    public async Task Verify_EditedTimestamp_IsDetected()
    {
        await ExecuteAsync("UPDATE AuditEntries SET OccurredAt = OccurredAt + 10000 WHERE Sequence = 2");

        (await VerifyAsync()).IsValid.ShouldBeFalse();
    }

    [Fact]
    public async Task Verify_RowRehashedAfterEdit_BreaksTheNextLink()
    {
        // A forger who recomputes the edited row's own hash still breaks the link stored in the row after it.
        await using (var db = _database.NewContext())
        {
            var entry = await db.AuditEntries.SingleAsync(e => e.Sequence == 3);
            entry.Subject = "someone-else";
            entry.Hash = AuditHasher.Compute(entry.PreviousHash, entry);
            await db.SaveChangesAsync();
        }

        var result = await VerifyAsync();

        result.IsValid.ShouldBeFalse();
        result.Problems.ShouldContain(p => p.StartsWith("entry 4:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_EmptyLog_IsValid()
    {
        await using var empty = await SqliteTestDatabase.CreateAsync();
        await using var db = empty.NewContext();

        var result = await new AuditChainVerifier(db).VerifyAsync();

        result.IsValid.ShouldBeTrue();
        result.EntriesChecked.ShouldBe(0);
    }

    [Fact]
    public async Task Append_Concurrently_KeepsTheChainGapFree()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            await using var db = _database.NewContext();
            await new AuditLog(db, _time).AppendAsync("racer", "test.concurrent", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }));

        var result = await VerifyAsync();

        result.IsValid.ShouldBeTrue(string.Join("; ", result.Problems));
        result.EntriesChecked.ShouldBe(Entries + 8);
    }
}
