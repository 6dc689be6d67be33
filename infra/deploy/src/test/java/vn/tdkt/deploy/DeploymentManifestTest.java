package vn.tdkt.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rendered overlays against what the build produces and the services read: images, environment, secrets,
 * probes, pod security, autoscaling and disruption budgets, MongoDB connection strings, ingress and network policy.
 */
class DeploymentManifestTest {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");
    private static final BootProperties BOOT = BootProperties.fromClassPath();

    @Test
    void everyServiceOfTheRepositoryIsDeployed() {
        for (String overlay : Rendered.OVERLAYS) {
            List<Resource> resources = Rendered.overlay(overlay);
            assertThat(Rendered.ofKind(resources, "Deployment")).extracting(Resource::name)
                    .as("Deployments of %s", overlay).containsExactlyInAnyOrderElementsOf(ServiceCatalog.names());
        }
    }

    @ForEachOverlay
    void imagesAreTheOnesTheBuildProduces(String overlay) {
        for (Resource deployment : Rendered.ofKind(Rendered.overlay(overlay), "Deployment")) {
            for (Map<String, Object> container : deployment.containers()) {
                String image = String.valueOf(container.get("image"));
                // -Pimage names them <image.prefix>/<artifactId>:<project version>, prefix "tdkt" unless a registry
                // is given (then "<registry>/tdkt"); an overlay may retag (images: newTag)
                assertThat(image).as("image of %s", deployment)
                        .matches("(.+/)?tdkt/" + Pattern.quote(deployment.name()) + ":[A-Za-z0-9._-]+");
                assertThat(ServiceCatalog.names()).contains(deployment.name());
            }
        }
        for (Resource deployment : Rendered.ofKind(new Kustomize().render(Repo.k8s().resolve("base")), "Deployment")) {
            assertThat(deployment.containers().get(0).get("image")).as("base image of %s", deployment)
                    .isEqualTo("tdkt/" + deployment.name() + ":" + Repo.projectVersion());
        }
    }

    @ForEachOverlay
    void everyEnvironmentVariableIsOneTheServiceReads(String overlay) {
        assertThat(BOOT.size()).as("configuration metadata on the class path").isGreaterThan(1000);
        List<Resource> resources = Rendered.overlay(overlay);
        for (Resource deployment : Rendered.ofKind(resources, "Deployment")) {
            ServiceCatalog.Service service = ServiceCatalog.service(deployment.name());
            for (Map<String, Object> container : deployment.containers()) {
                Map<String, String> environment = environment(resources, container);
                Set<String> composedFrom = new HashSet<>();
                environment.values().forEach(value -> {
                    Matcher m = ENV_REFERENCE.matcher(value);
                    while (m.find()) {
                        composedFrom.add(m.group(1));
                    }
                });
                for (String name : environment.keySet()) {
                    boolean read = service.environment().contains(name)
                            || name.equals("JAVA_TOOL_OPTIONS")
                            || composedFrom.contains(name)
                            || (name.matches("(SPRING|SERVER|MANAGEMENT|LOGGING)_[A-Z0-9_]+") && BOOT.binds(name));
                    assertThat(read).as("%s sets %s, which %s does not read (placeholders: %s)", deployment, name,
                            service.name(), service.environment()).isTrue();
                }
                for (String reference : composedFrom) {
                    assertThat(environment).as("%s refers to $(%s)", deployment, reference).containsKey(reference);
                }
            }
        }
    }

    @ForEachOverlay
    void secretsAreReferencedAndDocumentedNeverCommitted(String overlay) {
        List<Resource> resources = Rendered.overlay(overlay);
        assertThat(Rendered.ofKind(resources, "Secret")).as("Secret objects in the manifests").isEmpty();

        Map<String, Set<String>> documented = DocumentedSecrets.read();
        List<String[]> references = new ArrayList<>();
        resources.forEach(r -> collectSecretReferences(r.body(), references));
        assertThat(references).as("secret references").isNotEmpty();
        for (String[] reference : references) {
            assertThat(documented).as("secret %s in %s", reference[0], DocumentedSecrets.README).containsKey(reference[0]);
            if (reference[1] != null) {
                assertThat(documented.get(reference[0])).as("key %s of secret %s in %s", reference[1], reference[0],
                        DocumentedSecrets.README).contains(reference[1]);
            }
        }
    }

    @ForEachOverlay
    void probesAskActuatorHealthOnTheServicePort(String overlay) {
        List<Resource> resources = Rendered.overlay(overlay);
        for (Resource deployment : Rendered.ofKind(resources, "Deployment")) {
            Map<String, Object> container = deployment.containers().get(0);
            int port = servicePort(resources, deployment, container);
            Map<String, Object> ports = Yamls.map(Yamls.list(container.get("ports")).get(0));
            assertThat(ports.get("containerPort")).as("containerPort of %s", deployment).isEqualTo(port);
            Map<String, String> expected = Map.of("livenessProbe", "/actuator/health/liveness",
                    "readinessProbe", "/actuator/health/readiness", "startupProbe", "/actuator/health/liveness");
            expected.forEach((probe, path) -> {
                assertThat(Yamls.stringAt(container, probe + ".httpGet.path")).as("%s of %s", probe, deployment).isEqualTo(path);
                Object probePort = Yamls.at(container, probe + ".httpGet.port");
                assertThat(probePort.equals(port) || probePort.equals(ports.get("name")))
                        .as("%s of %s asks port %s", probe, deployment, probePort).isTrue();
            });
        }
    }

    @ForEachOverlay
    void everyPodRunsNonRootWithAReadOnlyRootFilesystem(String overlay) {
        for (Resource workload : Rendered.overlay(overlay).stream().filter(Resource::hasPodTemplate).toList()) {
            Map<String, Object> pod = workload.podSpec();
            assertThat(Yamls.at(pod, "securityContext.runAsNonRoot")).as("runAsNonRoot of %s", workload).isEqualTo(true);
            assertThat(Yamls.at(pod, "securityContext.runAsUser")).as("runAsUser of %s", workload).isNotEqualTo(0);
            assertThat(Yamls.at(pod, "automountServiceAccountToken")).as("service account token in %s", workload).isEqualTo(false);
            List<Map<String, Object>> containers = new ArrayList<>(workload.containers());
            containers.addAll(workload.initContainers());
            for (Map<String, Object> container : containers) {
                String what = container.get("name") + " in " + workload;
                assertThat(Yamls.at(container, "securityContext.readOnlyRootFilesystem")).as("read-only root of %s", what).isEqualTo(true);
                assertThat(Yamls.at(container, "securityContext.allowPrivilegeEscalation")).as("privilege escalation of %s", what).isEqualTo(false);
                assertThat(Yamls.listAt(container, "securityContext.capabilities.drop")).as("dropped capabilities of %s", what).contains("ALL");
                assertThat(Yamls.at(container, "resources.limits.memory")).as("memory limit of %s", what).isNotNull();
                assertThat(Yamls.at(container, "resources.requests.cpu")).as("cpu request of %s", what).isNotNull();
            }
            if (workload.is("Deployment")) {
                String tmpVolume = Yamls.listAt(workload.containers().get(0), "volumeMounts").stream().map(Yamls::map)
                        .filter(m -> "/tmp".equals(m.get("mountPath"))).map(m -> String.valueOf(m.get("name")))
                        .findFirst().orElseThrow(() -> new AssertionError("no writable /tmp in " + workload));
                assertThat(Yamls.listAt(pod, "volumes").stream().map(Yamls::map)
                        .anyMatch(v -> tmpVolume.equals(v.get("name")) && v.containsKey("emptyDir")))
                        .as("/tmp of %s is an emptyDir", workload).isTrue();
            }
        }
    }

    @ForEachOverlay
    void everyDeploymentHasAnAutoscalerAndADisruptionBudget(String overlay) {
        List<Resource> resources = Rendered.overlay(overlay);
        int partitions = Rendered.ofKind(resources, "KafkaTopic").stream()
                .mapToInt(t -> ((Number) t.spec().get("partitions")).intValue()).min().orElseThrow();
        for (Resource deployment : Rendered.ofKind(resources, "Deployment")) {
            Resource hpa = Rendered.get(resources, "HorizontalPodAutoscaler", deployment.name());
            assertThat(hpa.apiVersion()).isEqualTo("autoscaling/v2");
            assertThat(Yamls.stringAt(hpa.spec(), "scaleTargetRef.kind")).isEqualTo("Deployment");
            assertThat(Yamls.stringAt(hpa.spec(), "scaleTargetRef.name")).isEqualTo(deployment.name());
            assertThat(Yamls.listAt(hpa.spec(), "metrics").stream().map(Yamls::map)
                    .anyMatch(m -> "cpu".equals(Yamls.stringAt(m, "resource.name")))).as("cpu metric of %s", hpa).isTrue();
            int max = ((Number) hpa.spec().get("maxReplicas")).intValue();
            assertThat(max).as("%s: more instances than partitions would idle", hpa).isLessThanOrEqualTo(partitions);
            assertThat(((Number) hpa.spec().get("minReplicas")).intValue()).isBetween(1, max);

            List<Resource> budgets = Rendered.ofKind(resources, "PodDisruptionBudget").stream()
                    .filter(pdb -> deployment.podLabels().entrySet()
                            .containsAll(Yamls.mapAt(pdb.spec(), "selector.matchLabels").entrySet()))
                    .toList();
            assertThat(budgets).as("PodDisruptionBudget of %s", deployment).hasSize(1);
            assertThat(budgets.get(0).spec()).as("%s", budgets.get(0)).containsAnyOf(
                    Map.entry("minAvailable", 1), Map.entry("maxUnavailable", 1));
        }
    }

    @ForEachOverlay
    void servicesWriteToTheReplicaSetWithMajorityEachToItsOwnDatabase(String overlay) {
        List<Resource> resources = Rendered.overlay(overlay);
        Resource mongo = Rendered.get(resources, "StatefulSet", "tdkt-mongodb");
        assertThat(mongo.spec().get("replicas")).isEqualTo(3);
        String args = String.join(" ", Yamls.listAt(mongo.containers().get(0), "args").stream().map(String::valueOf).toList());
        Matcher replSet = Pattern.compile("--replSet (\\S+)").matcher(args);
        assertThat(replSet.find()).as("mongod --replSet").isTrue();

        Set<String> databases = new HashSet<>();
        for (Resource deployment : Rendered.ofKind(resources, "Deployment")) {
            Map<String, String> environment = environment(resources, deployment.containers().get(0));
            String uri = environment.get("MONGODB_URI");
            assertThat(uri).as("MONGODB_URI of %s", deployment).isNotNull()
                    .contains("replicaSet=" + replSet.group(1)).contains("w=majority").contains("readPreference=primary");
            for (int member = 0; member < 3; member++) {
                assertThat(uri).contains("tdkt-mongodb-" + member + "." + Yamls.stringAt(mongo.spec(), "serviceName"));
            }
            String database = environment.get("MONGODB_DATABASE");
            assertThat(database).as("MONGODB_DATABASE of %s", deployment).isEqualTo("tdkt-" + deployment.name().replace("-service", ""));
            assertThat(databases.add(database)).as("database %s shared", database).isTrue();
        }
    }

    @ForEachOverlay
    void theIngressRoutesEveryApiAndTheDashboard(String overlay) {
        List<Resource> resources = Rendered.overlay(overlay);
        Map<String, List<String>> pathsByService = new HashMap<>();
        Set<String> hosts = new HashSet<>();
        for (Resource ingress : Rendered.ofKind(resources, "Ingress")) {
            for (Object rule : Yamls.listAt(ingress.spec(), "rules")) {
                String host = Yamls.stringAt(rule, "host");
                assertThat(Yamls.listAt(ingress.spec(), "tls").stream()
                        .anyMatch(tls -> Yamls.listAt(tls, "hosts").contains(host))).as("TLS for %s", host).isTrue();
                for (Object path : Yamls.listAt(rule, "http.paths")) {
                    String service = Yamls.stringAt(path, "backend.service.name");
                    String port = Yamls.stringAt(path, "backend.service.port.name");
                    Resource backend = Rendered.get(resources, "Service", service);
                    assertThat(Yamls.listAt(backend.spec(), "ports").stream().map(Yamls::map)
                            .anyMatch(p -> port.equals(p.get("name")))).as("port %s of %s", port, backend).isTrue();
                    pathsByService.computeIfAbsent(service, s -> new ArrayList<>()).add(Yamls.stringAt(path, "path"));
                    hosts.add(host + " " + service);
                }
            }
        }
        for (String service : ServiceCatalog.names()) {
            assertThat(pathsByService.get(service)).as("ingress paths of %s", service).isNotNull().contains("/api/");
        }
        assertThat(pathsByService.get("reporting-service")).as("the dashboard page").contains("/", "/index.html", "/dashboard/");
        // one host per service: the services share /api/v1 and even /api/v1/tasks
        assertThat(hosts.stream().map(h -> h.split(" ")[0]).distinct().count()).isEqualTo(ServiceCatalog.names().size());
    }

    @ForEachOverlay
    void networkPoliciesLetOnlyTheIngressInAndOnlyTheBackingServicesOut(String overlay) {
        List<Resource> resources = Rendered.overlay(overlay);
        List<Resource> policies = Rendered.ofKind(resources, "NetworkPolicy");
        Resource deny = policies.stream().filter(p -> Yamls.listAt(p.spec(), "ingress").isEmpty()
                && Yamls.listAt(p.spec(), "egress").isEmpty()
                && Yamls.listAt(p.spec(), "policyTypes").containsAll(List.of("Ingress", "Egress")))
                .findFirst().orElseThrow(() -> new AssertionError("no default-deny NetworkPolicy"));
        for (Resource workload : resources.stream().filter(Resource::hasPodTemplate).toList()) {
            assertThat(workload.podLabels().entrySet()).as("%s is under the default deny", workload)
                    .containsAll(Yamls.mapAt(deny.spec(), "podSelector.matchLabels").entrySet());
        }
        for (Resource deployment : Rendered.ofKind(resources, "Deployment")) {
            List<Resource> applying = policies.stream().filter(p -> p != deny)
                    .filter(p -> deployment.podLabels().entrySet().containsAll(Yamls.mapAt(p.spec(), "podSelector.matchLabels").entrySet()))
                    .toList();
            Set<Object> egressPorts = new HashSet<>();
            for (Resource policy : applying) {
                for (Object rule : Yamls.listAt(policy.spec(), "ingress")) {
                    for (Object from : Yamls.listAt(rule, "from")) {
                        String namespace = String.valueOf(Yamls.mapAt(from, "namespaceSelector.matchLabels").get("kubernetes.io/metadata.name"));
                        assertThat(namespace).as("%s lets %s in", policy, from).isIn("ingress-nginx", "monitoring");
                    }
                    assertThat(Yamls.listAt(rule, "from")).as("%s: an ingress rule without 'from' admits everyone", policy).isNotEmpty();
                }
                for (Object rule : Yamls.listAt(policy.spec(), "egress")) {
                    assertThat(Yamls.listAt(rule, "ports")).as("%s: an egress rule without ports", policy).isNotEmpty();
                    Yamls.listAt(rule, "ports").forEach(p -> egressPorts.add(Yamls.map(p).get("port")));
                }
            }
            Set<Object> allowed = new HashSet<>(List.of(53, 9092, 27017, 443));
            if (deployment.name().equals("notification-service")) {
                allowed.add(587);
            }
            assertThat(egressPorts).as("ports %s may reach", deployment).containsExactlyInAnyOrderElementsOf(allowed);
        }
    }

    /** Each container's environment: its ConfigMaps (envFrom, in order) and then its own env entries. */
    static Map<String, String> environment(List<Resource> resources, Map<String, Object> container) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Object source : Yamls.list(container.get("envFrom"))) {
            String configMap = Yamls.stringAt(source, "configMapRef.name");
            if (configMap != null) {
                Yamls.mapAt(Rendered.get(resources, "ConfigMap", configMap).body(), "data")
                        .forEach((k, v) -> environment.put(k, String.valueOf(v)));
            }
        }
        for (Object entry : Yamls.list(container.get("env"))) {
            Map<String, Object> variable = Yamls.map(entry);
            environment.put(String.valueOf(variable.get("name")),
                    variable.containsKey("value") ? String.valueOf(variable.get("value")) : "<from " + variable.get("valueFrom") + ">");
        }
        return environment;
    }

    private static int servicePort(List<Resource> resources, Resource deployment, Map<String, Object> container) {
        String configured = environment(resources, container).get("SERVER_PORT");
        return configured != null ? Integer.parseInt(configured) : ServiceCatalog.service(deployment.name()).port();
    }

    /** {name, key} for secretKeyRef, secret volumes, envFrom secretRef, TLS secrets and Prometheus Operator auth. */
    private static void collectSecretReferences(Object node, List<String[]> references) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> m = Yamls.map(map);
            if (m.get("secretKeyRef") instanceof Map<?, ?> ref) {
                references.add(new String[] {String.valueOf(ref.get("name")), String.valueOf(ref.get("key"))});
            }
            if (m.get("secret") instanceof Map<?, ?> secret && secret.get("name") != null) {
                references.add(new String[] {String.valueOf(secret.get("name")), String.valueOf(secret.get("key"))});
            }
            if (m.get("secret") instanceof Map<?, ?> volume && volume.get("secretName") != null) {
                references.add(new String[] {String.valueOf(volume.get("secretName")), null});
            }
            if (m.get("secretRef") instanceof Map<?, ?> ref) {
                references.add(new String[] {String.valueOf(ref.get("name")), null});
            }
            if (m.get("clientSecret") instanceof Map<?, ?> ref && ref.get("name") != null) {
                references.add(new String[] {String.valueOf(ref.get("name")), String.valueOf(ref.get("key"))});
            }
            if (m.get("secretName") instanceof String tls && m.containsKey("hosts")) {
                references.add(new String[] {tls, null});
            }
            m.values().forEach(v -> collectSecretReferences(v, references));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectSecretReferences(v, references));
        }
    }
}
