"""IAM and STS through the real AWS CLI and boto3: users, keys, roles, policies, sessions."""

import datetime
import json
import uuid

import boto3
import botocore.config
import botocore.exceptions
import pytest

from conftest import ACCOUNT, REGION


def client(server, service, key=("keel", "keel", None)):
    return boto3.client(
        service,
        endpoint_url=server.endpoint,
        region_name=REGION,
        aws_access_key_id=key[0],
        aws_secret_access_key=key[1],
        aws_session_token=key[2],
        config=botocore.config.Config(retries={"max_attempts": 1}),
    )


def unique(prefix):
    return prefix + uuid.uuid4().hex[:10]


def policy(*statements):
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def allow(action, resource="*"):
    return {"Effect": "Allow", "Action": action, "Resource": resource}


def new_user(iam, name, *statements):
    iam.create_user(UserName=name)
    if statements:
        iam.put_user_policy(UserName=name, PolicyName="p", PolicyDocument=policy(*statements))
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return key["AccessKeyId"], key["SecretAccessKey"], None


def test_the_cli_manages_users_keys_and_policies(cli, server):
    name = unique("cli")
    created = cli.json("iam", "create-user", "--user-name", name, "--path", "/team/")
    assert created["User"]["Arn"] == f"arn:aws:iam::{ACCOUNT}:user/team/{name}"
    assert created["User"]["UserId"].startswith("AIDA")
    key = cli.json("iam", "create-access-key", "--user-name", name)["AccessKey"]
    assert key["AccessKeyId"].startswith("AKIA") and len(key["SecretAccessKey"]) == 40

    doc = policy(allow("ecs:Describe*"))
    cli.run("iam", "put-user-policy", "--user-name", name, "--policy-name", "read", "--policy-document", doc)
    got = cli.json("iam", "get-user-policy", "--user-name", name, "--policy-name", "read")
    assert got["PolicyDocument"] == json.loads(doc), "the CLI decodes the URL-encoded document"
    managed = cli.json("iam", "create-policy", "--policy-name", unique("pol"), "--policy-document", doc)["Policy"]
    cli.run("iam", "attach-user-policy", "--user-name", name, "--policy-arn", managed["Arn"])
    attached = cli.json("iam", "list-attached-user-policies", "--user-name", name)["AttachedPolicies"]
    assert attached == [{"PolicyName": managed["PolicyName"], "PolicyArn": managed["Arn"]}]
    refused = cli.run("iam", "delete-user", "--user-name", name, check=False)
    assert refused.returncode != 0 and "DeleteConflict" in refused.stderr

    # The rest of the life cycle, through boto3.
    iam = client(server, "iam")
    assert name in [u["UserName"] for u in iam.list_users(PathPrefix="/team/")["Users"]]
    assert [k["AccessKeyId"] for k in iam.list_access_keys(UserName=name)["AccessKeyMetadata"]] == [key["AccessKeyId"]]
    iam.update_access_key(UserName=name, AccessKeyId=key["AccessKeyId"], Status="Inactive")
    assert iam.list_access_keys(UserName=name)["AccessKeyMetadata"][0]["Status"] == "Inactive"
    assert iam.list_user_policies(UserName=name)["PolicyNames"] == ["read"]
    version = iam.get_policy_version(PolicyArn=managed["Arn"], VersionId="v1")["PolicyVersion"]
    assert version["Document"] == json.loads(doc) and version["IsDefaultVersion"] is True
    iam.detach_user_policy(UserName=name, PolicyArn=managed["Arn"])
    iam.delete_policy(PolicyArn=managed["Arn"])
    iam.delete_user_policy(UserName=name, PolicyName="read")
    iam.delete_access_key(UserName=name, AccessKeyId=key["AccessKeyId"])
    iam.delete_user(UserName=name)
    gone = cli.run("iam", "get-user", "--user-name", name, check=False)
    assert "NoSuchEntity" in gone.stderr and f"The user with name {name} cannot be found." in gone.stderr


def test_caller_identity_for_root_users_and_sessions(cli, server):
    assert cli.json("sts", "get-caller-identity") == {
        "UserId": ACCOUNT,
        "Account": ACCOUNT,
        "Arn": f"arn:aws:iam::{ACCOUNT}:root",
    }
    iam = client(server, "iam")
    name = unique("who")
    key = new_user(iam, name)
    me = client(server, "sts", key).get_caller_identity()
    assert me["Arn"] == f"arn:aws:iam::{ACCOUNT}:user/{name}"
    assert me["UserId"].startswith("AIDA")


def test_errors_are_aws_shaped(server):
    iam = client(server, "iam")
    name = unique("dup")
    iam.create_user(UserName=name)
    with pytest.raises(iam.exceptions.EntityAlreadyExistsException) as err:
        iam.create_user(UserName=name.upper())
    assert err.value.response["ResponseMetadata"]["HTTPStatusCode"] == 409
    assert err.value.response["Error"]["Message"] == f"User with name {name.upper()} already exists."
    with pytest.raises(iam.exceptions.NoSuchEntityException):
        iam.get_role(RoleName=unique("none"))
    with pytest.raises(iam.exceptions.MalformedPolicyDocumentException) as err:
        iam.put_user_policy(UserName=name, PolicyName="bad", PolicyDocument='{"Version": "2012-10-17", "Statement": []}')
    assert err.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    with pytest.raises(botocore.exceptions.ClientError) as err:
        iam.create_user(UserName="has spaces")
    assert err.value.response["Error"]["Code"] == "ValidationError"
    iam.create_access_key(UserName=name)
    iam.create_access_key(UserName=name)
    with pytest.raises(iam.exceptions.LimitExceededException):
        iam.create_access_key(UserName=name)


def test_roles_trust_and_assumed_sessions(server):
    iam = client(server, "iam")
    role = unique("role")
    alice = unique("alice")
    key = new_user(iam, alice)
    trust = policy({
        "Effect": "Allow",
        "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:user/{alice}"},
        "Action": "sts:AssumeRole",
        "Condition": {"StringEquals": {"sts:ExternalId": "ticket-42"}},
    })
    created = iam.create_role(RoleName=role, AssumeRolePolicyDocument=trust, MaxSessionDuration=7200)["Role"]
    assert created["RoleId"].startswith("AROA")
    assert iam.get_role(RoleName=role)["Role"]["AssumeRolePolicyDocument"] == json.loads(trust)
    iam.attach_role_policy(RoleName=role, PolicyArn="arn:aws:iam::aws:policy/AmazonECS_FullAccess")
    sts = client(server, "sts", key)
    with pytest.raises(botocore.exceptions.ClientError) as err:
        sts.assume_role(RoleArn=created["Arn"], RoleSessionName="no-external-id")
    assert err.value.response["Error"]["Code"] == "AccessDenied"
    assert err.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403
    session = sts.assume_role(RoleArn=created["Arn"], RoleSessionName="deploy", ExternalId="ticket-42", DurationSeconds=900)
    creds = session["Credentials"]
    assert creds["AccessKeyId"].startswith("ASIA")
    assert session["AssumedRoleUser"]["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/{role}/deploy"
    lifetime = (creds["Expiration"] - datetime.datetime.now(datetime.timezone.utc)).total_seconds()
    assert 850 < lifetime <= 900, lifetime
    temp = (creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"])
    assert client(server, "sts", temp).get_caller_identity()["Arn"].endswith(f"assumed-role/{role}/deploy")
    ecs = client(server, "ecs", temp)
    ecs.list_clusters()
    with pytest.raises(botocore.exceptions.ClientError) as err:
        client(server, "iam", temp).list_users()
    assert err.value.response["Error"]["Code"] == "AccessDenied"
    # A token from elsewhere (or tampered) is not a credential.
    forged = (creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"][:-4] + "AAAA")
    with pytest.raises(botocore.exceptions.ClientError) as err:
        client(server, "sts", forged).get_caller_identity()
    assert err.value.response["Error"]["Code"] == "InvalidClientTokenId"


def test_the_cli_assumes_a_role(cli):
    role = unique("clirole")
    trust = policy({"Effect": "Allow", "Principal": {"AWS": ACCOUNT}, "Action": "sts:AssumeRole"})
    cli.run("iam", "create-role", "--role-name", role, "--assume-role-policy-document", trust)
    out = cli.json("sts", "assume-role", "--role-arn", f"arn:aws:iam::{ACCOUNT}:role/{role}", "--role-session-name", "cli")
    assert out["Credentials"]["SessionToken"]
    assert cli.json("iam", "list-roles")["Roles"]
