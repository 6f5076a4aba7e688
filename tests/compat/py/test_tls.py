"""TLS on the listener: a self-signed certificate Keel makes, or the operator's own."""

import os
import shutil
import stat
import subprocess

import boto3
import botocore.config
import botocore.exceptions
import pytest

from conftest import REGION, Server, keel_bin
from test_auth import read_announcement


def client(endpoint, verify):
    return boto3.client(
        "ecs",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id="keel",
        aws_secret_access_key="keel",
        verify=verify,
        config=botocore.config.Config(retries={"max_attempts": 1}),
    )


def test_self_signed_tls(tmp_path, name):
    srv = Server(tmp_path / "data", extra=["--tls"])
    try:
        assert srv.endpoint.startswith("https://127.0.0.1:")
        announced = read_announcement(srv.proc)
        cert = tmp_path / "data" / "tls" / "cert.pem"
        key = tmp_path / "data" / "tls" / "key.pem"
        assert f"export AWS_CA_BUNDLE={cert}" in announced
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
        created = client(srv.endpoint, str(cert)).create_cluster(clusterName=name)
        assert created["cluster"]["status"] == "ACTIVE"
        # Without trusting the certificate, clients refuse the connection.
        with pytest.raises(botocore.exceptions.SSLError):
            client(srv.endpoint, True).list_clusters()
    finally:
        assert srv.stop() == 0
    # The operator's own certificate and key (here: the ones Keel made, moved elsewhere).
    own = tmp_path / "own"
    own.mkdir()
    shutil.copy(cert, own / "c.pem")
    shutil.copy(key, own / "k.pem")
    srv = Server(tmp_path / "data2", extra=["--tls-cert", str(own / "c.pem"), "--tls-key", str(own / "k.pem")])
    try:
        arns = client(srv.endpoint, str(own / "c.pem")).list_clusters()["clusterArns"]
        assert arns == []
        assert not (tmp_path / "data2" / "tls").exists()
    finally:
        srv.stop()


def test_a_certificate_needs_its_key(tmp_path):
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    done = subprocess.run(
        [keel_bin(), "server", "--listen", "127.0.0.1:0", "--data-dir", str(tmp_path / "d"), "--tls-cert", "/nonexistent.pem"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode != 0
    assert "--tls-cert and --tls-key go together" in done.stderr
