using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Data.Recruitment;

namespace CollectiveAlignment.Data.Tests.Recruitment;

/// <summary>Every transition of a volunteer, allowed and refused.</summary>
public sealed class VolunteerTransitionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void New_IsPooled() => new Volunteer().Status.ShouldBe(VolunteerStatus.Pooled);

    [Fact]
    public void Select_ThenReturnToPool_MovesBetweenPoolAndPanel()
    {
        var volunteer = new Volunteer();
        volunteer.Select();
        volunteer.Status.ShouldBe(VolunteerStatus.Selected);
        volunteer.Select();
        volunteer.Status.ShouldBe(VolunteerStatus.Selected, "drawn again by a later run");
        volunteer.ReturnToPool();
        volunteer.Status.ShouldBe(VolunteerStatus.Pooled);
        volunteer.ReturnToPool();
        volunteer.Status.ShouldBe(VolunteerStatus.Pooled, "left out again by a later run");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Withdraw_ErasesContactAndLinkAndSaysWhetherTheyWereSelected(bool selected)
    {
        var volunteer = new Volunteer { UserId = "u", Email = "a@example.org", HouseholdKey = "k" };
        if (selected)
        {
            volunteer.Select();
        }

        volunteer.Withdraw(Now).ShouldBe(selected);
        volunteer.Status.ShouldBe(VolunteerStatus.Withdrawn);
        (volunteer.UserId, volunteer.Email, volunteer.HouseholdKey, volunteer.WithdrawnAt).ShouldBe((null, null, null, Now));
    }

    [Fact]
    public void EveryTransition_OfAWithdrawnVolunteer_IsRefused()
    {
        var volunteer = new Volunteer();
        volunteer.Withdraw(Now);
        Should.Throw<StateConflictException>(volunteer.Select);
        Should.Throw<StateConflictException>(volunteer.ReturnToPool);
        Should.Throw<StateConflictException>(() => volunteer.Withdraw(Now));
        volunteer.Status.ShouldBe(VolunteerStatus.Withdrawn);
    }
}
