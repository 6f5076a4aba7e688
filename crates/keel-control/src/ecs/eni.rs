//! An awsvpc task's elastic network interface, as ECS reports it in `attachments` and in each
//! container's `networkInterfaces`.
//!
//! ECS creates the attachment with the task (status `PRECREATED`, the subnet as its detail),
//! marks it `ATTACHED` with the interface's id, MAC address, private DNS name and address
//! once the task's network is up, and `DELETED` after the task stops
//! (docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html). On Keel the
//! interface is the network namespace of the task's pause container: its address on the
//! agent's task network, which the agent reports with the task's state.

use keel_awsmodel::ecs::{Attachment, KeyValuePair, NetworkInterface, Task};

/// The attachment type of a task's network interface.
pub const ENI_TYPE: &str = "ElasticNetworkInterface";

/// A task's address, as its agent reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskAddress {
    pub private_ipv4_address: String,
    pub mac_address: Option<String>,
}

fn detail(name: &str, value: impl Into<String>) -> KeyValuePair {
    KeyValuePair {
        name: Some(name.to_string()),
        value: Some(value.into()),
    }
}

fn detail_of<'a>(attachment: &'a Attachment, name: &str) -> Option<&'a str> {
    attachment
        .details
        .iter()
        .flatten()
        .find(|d| d.name.as_deref() == Some(name))
        .and_then(|d| d.value.as_deref())
}

/// The attachment of a task just created.
pub fn precreated(subnet: Option<&str>) -> Attachment {
    Attachment {
        id: Some(keel_types::ids::new_uuid()),
        r#type: Some(ENI_TYPE.to_string()),
        status: Some("PRECREATED".to_string()),
        details: Some(subnet.map(|s| detail("subnetId", s)).into_iter().collect()),
    }
}

/// EC2's private DNS name of an address: `ip-10-0-1-5.ec2.internal` in us-east-1,
/// `ip-10-0-1-5.REGION.compute.internal` elsewhere.
fn private_dns_name(address: &str, region: &str) -> String {
    let host = format!("ip-{}", address.replace('.', "-"));
    if region == "us-east-1" || region.is_empty() {
        format!("{host}.ec2.internal")
    } else {
        format!("{host}.{region}.compute.internal")
    }
}

/// Records the task's address: the attachment `ATTACHED` with its details, and every container's
/// network interface. `false` when nothing changed.
pub fn attach(task: &mut Task, address: &TaskAddress) -> bool {
    let region = task
        .task_arn
        .as_deref()
        .and_then(|arn| arn.split(':').nth(3))
        .unwrap_or_default()
        .to_string();
    let attachments = task.attachments.get_or_insert_with(Vec::new);
    let index = match attachments
        .iter()
        .position(|a| a.r#type.as_deref() == Some(ENI_TYPE))
    {
        Some(i) => i,
        None => {
            attachments.push(precreated(None));
            attachments.len() - 1
        }
    };
    let attachment = &mut attachments[index];
    if attachment.status.as_deref() == Some("ATTACHED")
        && detail_of(attachment, "privateIPv4Address")
            == Some(address.private_ipv4_address.as_str())
    {
        return false;
    }
    let subnet = detail_of(attachment, "subnetId").map(str::to_string);
    let eni_id = detail_of(attachment, "networkInterfaceId")
        .map(str::to_string)
        .unwrap_or_else(|| format!("eni-{}", &keel_types::ids::new_hex_id()[..17]));
    let mut details: Vec<KeyValuePair> =
        subnet.map(|s| detail("subnetId", s)).into_iter().collect();
    details.push(detail("networkInterfaceId", eni_id));
    if let Some(mac) = &address.mac_address {
        details.push(detail("macAddress", mac.clone()));
    }
    details.push(detail(
        "privateDnsName",
        private_dns_name(&address.private_ipv4_address, &region),
    ));
    details.push(detail(
        "privateIPv4Address",
        address.private_ipv4_address.clone(),
    ));
    attachment.status = Some("ATTACHED".to_string());
    attachment.details = Some(details);
    let attachment_id = attachment.id.clone();
    for container in task.containers.iter_mut().flatten() {
        container.network_interfaces = Some(vec![NetworkInterface {
            attachment_id: attachment_id.clone(),
            private_ipv4_address: Some(address.private_ipv4_address.clone()),
            ipv6_address: None,
        }]);
    }
    true
}

/// The task stopped: its interface is gone.
pub fn delete(task: &mut Task) {
    for attachment in task.attachments.iter_mut().flatten() {
        if attachment.r#type.as_deref() == Some(ENI_TYPE) {
            attachment.status = Some("DELETED".to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use keel_awsmodel::ecs::Container;

    use super::*;

    #[test]
    fn an_attachment_goes_precreated_attached_deleted() {
        let mut task = Task {
            task_arn: Some("arn:aws:ecs:eu-west-1:000000000000:task/c/abc".into()),
            attachments: Some(vec![precreated(Some("subnet-1"))]),
            containers: Some(vec![Container::default(), Container::default()]),
            ..Default::default()
        };
        let address = TaskAddress {
            private_ipv4_address: "172.17.0.3".into(),
            mac_address: Some("02:42:ac:11:00:03".into()),
        };
        assert!(attach(&mut task, &address));
        assert!(
            !attach(&mut task, &address),
            "the same address changes nothing"
        );
        let eni = &task.attachments.as_ref().unwrap()[0];
        assert_eq!(eni.status.as_deref(), Some("ATTACHED"));
        let get = |n| detail_of(eni, n).unwrap().to_string();
        assert_eq!(get("subnetId"), "subnet-1");
        assert_eq!(get("privateIPv4Address"), "172.17.0.3");
        assert_eq!(get("macAddress"), "02:42:ac:11:00:03");
        assert_eq!(
            get("privateDnsName"),
            "ip-172-17-0-3.eu-west-1.compute.internal"
        );
        let id = get("networkInterfaceId");
        assert!(id.starts_with("eni-") && id.len() == 21, "{id}");
        for c in task.containers.as_ref().unwrap() {
            let ni = &c.network_interfaces.as_ref().unwrap()[0];
            assert_eq!(ni.attachment_id, eni.id);
            assert_eq!(ni.private_ipv4_address.as_deref(), Some("172.17.0.3"));
        }
        delete(&mut task);
        assert_eq!(
            task.attachments.as_ref().unwrap()[0].status.as_deref(),
            Some("DELETED")
        );
        assert_eq!(
            private_dns_name("10.0.0.1", "us-east-1"),
            "ip-10-0-0-1.ec2.internal"
        );
    }
}
