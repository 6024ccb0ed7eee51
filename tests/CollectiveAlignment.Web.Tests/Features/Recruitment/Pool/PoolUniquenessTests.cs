using System.Globalization;
using System.Text;
using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Web.Features.Recruitment.Pool;
using CollectiveAlignment.Web.Features.Recruitment.SignUp;

namespace CollectiveAlignment.Web.Tests.Features.Recruitment.Pool;

/// <summary>
/// One pool row per person: two imports of the same file, or two sign-ups of the same participant, racing each other on
/// the portal's SQLite file, leave one row each (the unique indexes decide; the loser gets the conflict a late caller gets).
/// </summary>
public sealed class PoolUniquenessTests : IClassFixture<PortalFactory>
{
    private const int Racers = 4;
    private readonly PortalFactory _portal;

    public PoolUniquenessTests(PortalFactory portal) => _portal = portal;

    /// <summary>Fifty people, alternating gender and age, in the format of tests/data/recruitment/people.csv.</summary>
    public static string FiftyPeopleCsv()
    {
        var csv = new StringBuilder("id,gender,age\n");
        for (var i = 1; i <= 50; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"p{i},{(i % 2 == 0 ? "female" : "male")},{(i % 3 == 0 ? "young" : "old")}\n");
        }

        return csv.ToString();
    }

    /// <summary>Runs <paramref name="action"/> in <see cref="Racers"/> scopes at once; the exceptions they threw (null for success).</summary>
    private async Task<Exception?[]> RaceAsync(Func<IServiceProvider, Task> action)
    {
        using var start = new ManualResetEventSlim(false);
        var tasks = Enumerable.Range(0, Racers).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                await _portal.WithDbAsync(async (_, services) =>
                {
                    await action(services);
                    return 0;
                });
                return (Exception?)null;
            }
            catch (Exception e)
            {
                return e;
            }
        })).ToList();
        start.Set();
        return await Task.WhenAll(tasks);
    }

    [Fact]
    public async Task ConcurrentImportsOfTheSameFile_StoreEachPersonOnce()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "race-import");
        var csv = FiftyPeopleCsv();

        var outcomes = await RaceAsync(services => services.GetRequiredService<ImportPoolHandler>().HandleAsync(RecruitmentSetup.Researcher, "race-import", csv));

        var processId = await RecruitmentSetup.ProcessIdAsync(_portal, "race-import");
        (await _portal.WithDbAsync((db, _) => db.Volunteers.CountAsync(v => v.ProcessId == processId))).ShouldBe(50);
        (await _portal.WithDbAsync((db, _) => db.ScreeningAnswers.CountAsync(a => db.Volunteers.Any(v => v.Id == a.VolunteerId && v.ProcessId == processId)))).ShouldBe(100);
        outcomes.Count(e => e is null).ShouldBe(1);
        outcomes.Where(e => e is not null).ShouldAllBe(e => e is StateConflictException);
        (await _portal.WithDbAsync((db, _) => db.AuditEntries.CountAsync(e => e.Action == "recruitment.pool.imported" && e.Subject == processId.ToString()))).ShouldBe(1);
    }

    [Fact]
    public async Task ConcurrentSignUpsOfOneParticipant_GiveOneVolunteerRow()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "race-signup");
        var form = new SignUpForm(1, true, new Dictionary<string, string> { ["gender"] = "female", ["age"] = "old" }, null);

        var outcomes = await RaceAsync(services => services.GetRequiredService<SignUpHandler>().HandleAsync("racing-participant", "race-signup", form));

        var processId = await RecruitmentSetup.ProcessIdAsync(_portal, "race-signup");
        (await _portal.WithDbAsync((db, _) => db.Volunteers.CountAsync(v => v.ProcessId == processId && v.UserId == "racing-participant"))).ShouldBe(1);
        outcomes.Count(e => e is null).ShouldBe(1);
        outcomes.Where(e => e is not null).ShouldAllBe(e => e is StateConflictException);
    }
}
