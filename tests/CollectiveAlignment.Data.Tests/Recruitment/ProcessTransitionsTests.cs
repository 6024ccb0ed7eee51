using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Data.Recruitment;

namespace CollectiveAlignment.Data.Tests.Recruitment;

/// <summary>Every transition of a process, allowed and refused.</summary>
public sealed class ProcessTransitionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void New_IsADraft() => new Process().Status.ShouldBe(ProcessStatus.Draft);

    [Fact]
    public void OpenSignUp_FromDraftWithCategoriesAndConsent_IsRecruiting()
    {
        var process = SetUp();
        process.OpenSignUp();
        process.Status.ShouldBe(ProcessStatus.Recruiting);
    }

    [Fact]
    public void OpenSignUp_AfterASelection_RecruitsAgain()
    {
        var process = SetUp();
        process.OpenSignUp();
        process.PanelTookEffect();
        process.OpenSignUp();
        process.Status.ShouldBe(ProcessStatus.Recruiting);
    }

    [Fact]
    public void OpenSignUp_WithoutCategories_IsRefused()
    {
        var process = new Process();
        process.ConsentTexts.Add(new ConsentText { Version = 1 });
        Should.Throw<StateConflictException>(process.OpenSignUp).Message.ShouldContain("Define the categories");
        process.Status.ShouldBe(ProcessStatus.Draft);
    }

    [Fact]
    public void OpenSignUp_ACategoryWithoutValues_IsRefused()
    {
        var process = new Process();
        process.Categories.Add(new RecruitmentCategory { Name = "age" });
        process.ConsentTexts.Add(new ConsentText { Version = 1 });
        Should.Throw<StateConflictException>(process.OpenSignUp).Message.ShouldContain("at least one value");
    }

    [Fact]
    public void OpenSignUp_WithoutConsentText_IsRefused()
    {
        var process = new Process();
        process.Categories.Add(Category());
        Should.Throw<StateConflictException>(process.OpenSignUp).Message.ShouldContain("Publish a consent text");
    }

    [Fact]
    public void PanelTookEffect_FromRecruiting_IsSelectedAndMovesTheSeatsVersion()
    {
        var process = SetUp();
        process.OpenSignUp();
        process.PanelTookEffect();
        process.Status.ShouldBe(ProcessStatus.Selected);
        process.SeatsVersion.ShouldBe(1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Close_FromAnOpenState_IsClosedWithTheTimeAndReturnsTheFormerStatus(bool recruiting)
    {
        var process = SetUp();
        if (recruiting)
        {
            process.OpenSignUp();
        }

        process.Close(Now).ShouldBe(recruiting ? ProcessStatus.Recruiting : ProcessStatus.Draft);
        process.Status.ShouldBe(ProcessStatus.Closed);
        process.ClosedAt.ShouldBe(Now);
        process.SeatsVersion.ShouldBe(1, "a concurrent draw must fail its save and see the process closed");
    }

    [Fact]
    public void EveryChange_OfAClosedProcess_IsRefused()
    {
        var process = SetUp();
        process.Slug = "gone";
        process.Close(Now);
        Should.Throw<StateConflictException>(() => process.Close(Now)).Message.ShouldBe("The process 'gone' was closed on 2026-12-02; its data is kept for reports and can no longer change.");
        Should.Throw<StateConflictException>(process.OpenSignUp);
        Should.Throw<StateConflictException>(process.PanelTookEffect);
        Should.Throw<StateConflictException>(process.EnsureNotClosed);
        process.Status.ShouldBe(ProcessStatus.Closed);
    }

    [Fact]
    public void EnsureAcceptsSignUps_OnlyWhileRecruiting()
    {
        var process = SetUp();
        Should.Throw<StateConflictException>(process.EnsureAcceptsSignUps).Message.ShouldContain("not recruiting");
        process.OpenSignUp();
        process.EnsureAcceptsSignUps();
        process.PanelTookEffect();
        Should.Throw<StateConflictException>(process.EnsureAcceptsSignUps).Message.ShouldContain("not recruiting");
        process.Close(Now);
        Should.Throw<StateConflictException>(process.EnsureAcceptsSignUps).Message.ShouldContain("closed");
    }

    private static Process SetUp()
    {
        var process = new Process { Slug = "p" };
        process.Categories.Add(Category());
        process.ConsentTexts.Add(new ConsentText { Version = 1 });
        return process;
    }

    private static RecruitmentCategory Category()
    {
        var category = new RecruitmentCategory { Name = "age" };
        category.Values.Add(new RecruitmentCategoryValue { Name = "young" });
        return category;
    }
}
