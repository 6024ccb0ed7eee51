using CollectiveAlignment.Methods.Proportional.Axioms;
using CollectiveAlignment.Methods.Proportional.Profiles;

namespace CollectiveAlignment.Methods.Proportional.Tests.Axioms;

public sealed class JustifiedRepresentationTests
{
    [Fact]
    public void Check_ApprovalVotingCommittee_ViolatesJrWithMinorityWitness()
    {
        // Four voters approve {0,1,2}, two approve {3}, k = 3: the committee {0,1,2} leaves the two {3}-voters (weight 2 = n/k)
        // unrepresented (Aziz et al. 2017, §1).
        var profile = new ApprovalProfile(4, [[0, 1, 2], [0, 1, 2], [0, 1, 2], [0, 1, 2], [3], [3]]);
        var report = JustifiedRepresentation.Check(profile, [0, 1, 2]);
        report.Jr.Status.ShouldBe(AxiomStatus.Violated);
        report.Jr.CommonCandidates.ShouldBe([3]);
        report.Jr.GroupWeight.ShouldBe(2.0);
        report.Pjr.Status.ShouldBe(AxiomStatus.Violated);
        report.Ejr.Status.ShouldBe(AxiomStatus.Violated);

        var fair = JustifiedRepresentation.Check(profile, [0, 1, 3]);
        fair.ShouldBe(new RepresentationReport(AxiomCheck.Satisfied, AxiomCheck.Satisfied, AxiomCheck.Satisfied));
    }

    [Fact]
    public void Check_PjrButNotEjr_DistinguishesTheAxioms()
    {
        // k = 4, n = 4 (quota 1). Voters {0,1,2} and {0,1,3} form a 2-cohesive group (weight 2, common {0,1}). With
        // W = {2,3,4,5} each of them has one approved member (< 2: EJR fails), but together they have two (PJR holds).
        var profile = new ApprovalProfile(6, [[0, 1, 2], [0, 1, 3], [4], [5]]);
        var report = JustifiedRepresentation.Check(profile, [2, 3, 4, 5]);
        report.Jr.Status.ShouldBe(AxiomStatus.Satisfied);
        report.Pjr.Status.ShouldBe(AxiomStatus.Satisfied);
        report.Ejr.Status.ShouldBe(AxiomStatus.Violated);
        report.Ejr.Level.ShouldBe(2);
        report.Ejr.CommonCandidates.ShouldBe([0, 1]);
    }

    [Fact]
    public void Check_PjrViolation_IsFound()
    {
        // k = 2, n = 2: both voters approve {0,1} (2-cohesive). W = {0,2} gives the group only one approved member: PJR and
        // EJR fail at level 2, JR holds.
        var profile = new ApprovalProfile(3, [[0, 1], [0, 1]]);
        var report = JustifiedRepresentation.Check(profile, [0, 2]);
        report.Jr.Status.ShouldBe(AxiomStatus.Satisfied);
        report.Pjr.Status.ShouldBe(AxiomStatus.Violated);
        report.Pjr.Level.ShouldBe(2);
        report.Ejr.Status.ShouldBe(AxiomStatus.Violated);
    }
}
