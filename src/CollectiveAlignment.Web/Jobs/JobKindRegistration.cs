namespace CollectiveAlignment.Web.Jobs;

/// <summary>What a run kind expects, registered under the kind as key so enqueueing can check the payload's type.</summary>
/// <param name="PayloadType">The handler's payload type.</param>
public sealed record JobKindRegistration(Type PayloadType);
