using System.Data.Common;
using CollectiveAlignment.Data;
using CollectiveAlignment.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CollectiveAlignment.Web.Tests.Infrastructure.Security;

/// <summary>Two changes that each remove one of the last two admins cannot both pass the "last admin" check.</summary>
public sealed class LastAdminRaceTests : IDisposable
{
    private const string Password = "Correct-Horse-9!";
    private readonly TransactionBarrier _barrier = new(2);
    private readonly PortalFactory _portal;

    public LastAdminRaceTests() =>
        _portal = new PortalFactory { ConfigureServices = services => services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(_barrier)) };

    public void Dispose() => _portal.Dispose();

    [Fact]
    public async Task TwoSimultaneousRevocations_OfTheLastTwoAdmins_LeaveOneAdminAndOneRefusal()
    {
        var ada = await _portal.CreateUserAsync("ada@example.org", Password, Roles.Admin);
        var grace = await _portal.CreateUserAsync("grace@example.org", Password, Roles.Admin);
        _barrier.Arm();

        // Each admin revokes the other's Admin role through the API, at the same moment.
        var responses = await Task.WhenAll(
            _portal.CreateClientAs(ada, Roles.Admin).DeleteAsync($"/api/v1/users/{grace}/roles/Admin"),
            _portal.CreateClientAs(grace, Roles.Admin).DeleteAsync($"/api/v1/users/{ada}/roles/Admin"));

        responses.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.NoContent, HttpStatusCode.Conflict]);
        (await AdminCountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task RevocationAndAccountDeletion_OfTheLastTwoAdmins_LeaveOneAdmin()
    {
        var ada = await _portal.CreateUserAsync("ada@example.org", Password, Roles.Admin);
        var grace = await _portal.CreateUserAsync("grace@example.org", Password, Roles.Admin);
        _barrier.Arm();

        var revoke = _portal.CreateClientAs(ada, Roles.Admin).DeleteAsync($"/api/v1/users/{grace}/roles/Admin");
        var delete = _portal.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            return await services.GetRequiredService<AccountSessions>().DeleteAsync((await users.FindByIdAsync(ada))!);
        });
        var revoked = await revoke;
        var deleted = await delete;

        (revoked.StatusCode == HttpStatusCode.NoContent && deleted).ShouldBeFalse();
        (await AdminCountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task LastAdmin_DeletingTheirAccount_IsRefused()
    {
        var ada = await _portal.CreateUserAsync("ada@example.org", Password, Roles.Admin);

        var deleted = await _portal.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            return await services.GetRequiredService<AccountSessions>().DeleteAsync((await users.FindByIdAsync(ada))!);
        });

        deleted.ShouldBeFalse();
        (await AdminCountAsync()).ShouldBe(1);
    }

    private Task<int> AdminCountAsync() =>
        _portal.WithDbAsync(async (_, services) =>
            (await services.GetRequiredService<UserManager<ApplicationUser>>().GetUsersInRoleAsync(Roles.Admin)).Count);

    /// <summary>
    /// Once armed, holds each transaction at its start until <c>parties</c> of them have arrived, so that both changes have
    /// done whatever they do before their transaction (today's code: the "last admin" check) before either writes.
    /// </summary>
    private sealed class TransactionBarrier(int parties) : DbTransactionInterceptor
    {
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _armed;
        private int _arrived;

        public void Arm() => Volatile.Write(ref _armed, 1);

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
            DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            if (Volatile.Read(ref _armed) == 1 && Interlocked.Increment(ref _arrived) <= parties)
            {
                if (Volatile.Read(ref _arrived) >= parties)
                {
                    _all.TrySetResult();
                }

                // Bounded, so that a missing second party fails the test instead of hanging the run.
                await _all.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            }

            return result;
        }
    }
}
