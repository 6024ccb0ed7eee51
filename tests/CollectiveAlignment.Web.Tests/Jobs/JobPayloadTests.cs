using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Web.Features.Recruitment.Invitations;
using CollectiveAlignment.Web.Features.Recruitment.Selection;
using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Tests.Jobs;

/// <summary>Run rows written before payloads were typed must still run: the stored JSON is the contract.</summary>
public sealed class JobPayloadTests
{
    private static readonly Guid Id = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    private static JobRun Row(string kind, string? payload) => new() { Id = Guid.NewGuid(), Kind = kind, Payload = payload, RequestedBy = "test" };

    private static Task<object?> RunAsync<TPayload>(JobRun run) =>
        new JobHandlerAdapter<RecordingHandler<TPayload>, TPayload>(new RecordingHandler<TPayload>()).RunAsync(run, new Progress<JobProgress>(), CancellationToken.None);

    [Fact]
    public async Task Adapter_SelectionPayloadWrittenByEarlierCode_ReadsIt()
    {
        var payload = await RunAsync<SelectionRunRequest>(Row(SelectPanelJob.JobKind, """{"ProcessId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","ReleaseAccepted":true}"""));

        payload.ShouldBe(new SelectionRunRequest(Id, ReleaseAccepted: true));
    }

    [Fact]
    public async Task Adapter_InvitationAndReplacementPayloadsWrittenByEarlierCode_ReadThem()
    {
        (await RunAsync<InviteRequest>(Row(InviteSelectedJob.JobKind, """{"ProcessId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}"""))).ShouldBe(new InviteRequest(Id));
        (await RunAsync<NoticeRequest>(Row(InvitationNoticeJob.JobKind, """{"ProcessId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}"""))).ShouldBe(new NoticeRequest(Id));
        (await RunAsync<ReplaceRequest>(Row(ReplaceVolunteerJob.JobKind, """{"InvitationId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}"""))).ShouldBe(new ReplaceRequest(Id));
    }

    [Fact]
    public async Task Adapter_NullPayloadForAKindThatNeedsNone_HandsOverNoPayload()
    {
        (await RunAsync<NoPayload>(Row("audit.verify", null))).ShouldBeSameAs(NoPayload.Value);
    }

    [Fact]
    public async Task Adapter_MissingPayloadForAKindThatNeedsOne_FailsNamingTheRunAndType()
    {
        var run = Row(SelectPanelJob.JobKind, null);

        var error = await Should.ThrowAsync<InvalidOperationException>(() => RunAsync<SelectionRunRequest>(run));

        error.Message.ShouldContain(run.Id.ToString());
        error.Message.ShouldContain(nameof(SelectionRunRequest));
    }

    [Fact]
    public void Write_Payloads_StoresTheSameJsonAsBefore()
    {
        JobPayload.Write(new SelectionRunRequest(Id)).ShouldBe("""{"ProcessId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","ReleaseAccepted":false}""");
        JobPayload.Write(new ReplaceRequest(Id)).ShouldBe("""{"InvitationId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""");
        JobPayload.Write(NoPayload.Value).ShouldBeNull();
    }
}
